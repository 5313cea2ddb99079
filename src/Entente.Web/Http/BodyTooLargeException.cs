namespace Entente.Web;

/// <summary>A request body went past <see cref="WebSettings.MaxRequestBytes"/> while being read.</summary>
internal sealed class BodyTooLargeException() : Exception("request body too large");
