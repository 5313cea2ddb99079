// The scenario editor's problem markers: each validation problem underlined at its line and column, with its
// message on hover (Monaco's markers; BlazorMonaco does not wrap them). Loaded as a module by ScenarioEditor.

function editorOf(id) {
  const holder = window.blazorMonaco && window.blazorMonaco.editors.find(e => e.id === id);
  return holder ? holder.editor : null;
}

export function setProblems(id, problems) {
  const editor = editorOf(id);
  if (!editor || typeof monaco === 'undefined') {
    return;
  }
  const model = editor.getModel();
  const lines = model.getLineCount();
  const markers = problems.map(p => {
    const line = Math.min(Math.max(p.line, 1), lines);
    const start = Math.max(p.column || model.getLineFirstNonWhitespaceColumn(line) || 1, 1);
    return {
      startLineNumber: line,
      startColumn: start,
      endLineNumber: line,
      endColumn: Math.max(model.getLineMaxColumn(line), start + 1),
      message: p.message,
      severity: p.error ? monaco.MarkerSeverity.Error : monaco.MarkerSeverity.Warning,
    };
  });
  monaco.editor.setModelMarkers(model, 'entente', markers);
}

export function goTo(id, line, column) {
  const editor = editorOf(id);
  if (!editor) {
    return;
  }
  editor.revealLineInCenter(line);
  editor.setPosition({ lineNumber: line, column: Math.max(column || 1, 1) });
  editor.focus();
}
