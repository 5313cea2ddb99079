namespace Entente.Application;

/// <summary>Trials done reported as <see cref="RunProgress"/>.</summary>
internal sealed class TrialProgress(string stage, long total, IProgress<RunProgress>? progress) : IProgress<long>
{
    public void Report(long value) => progress?.Report(new RunProgress(stage, value, total));
}
