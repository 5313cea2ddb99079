// Saves a file the server streamed into this page (a saved run's report, JSON or CSV): the UI's downloads come
// through the browser session, which has shown its API token, because a plain link could not carry the token.

export async function save(name, type, stream) {
  const buffer = await stream.arrayBuffer();
  const url = URL.createObjectURL(new Blob([buffer], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}
