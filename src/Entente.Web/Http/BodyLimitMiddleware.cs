namespace Entente.Web;

/// <summary>
/// Caps every request body at <see cref="WebSettings.MaxRequestBytes"/>, whatever the server: a declared length over
/// it is refused before reading, and a body sent without one stops at the cap. Kestrel enforces the same limit;
/// this also holds in the in-memory test server and for bodies read by any handler.
/// </summary>
internal sealed class BodyLimitMiddleware(RequestDelegate next, WebSettings settings)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (context.Request.ContentLength > settings.MaxRequestBytes)
        {
            throw new BodyTooLargeException();
        }
        context.Request.Body = new LimitedStream(context.Request.Body, settings.MaxRequestBytes);
        return next(context);
    }

    private sealed class LimitedStream(Stream inner, long limit) : Stream
    {
        private long _read;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => _read; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            Count(await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        private int Count(int read)
        {
            _read += read;
            return _read > limit ? throw new BodyTooLargeException() : read;
        }

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
