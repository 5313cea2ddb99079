namespace Entente.Storage.Tests.Infrastructure;

/// <summary>A clock that reads a set time, so stored times can be asserted exactly.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
