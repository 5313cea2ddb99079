using Entente.Models;

namespace Entente.Application;

/// <summary>A model's rounds reported as <see cref="RunProgress"/>; cancellation stops the model at its next round.</summary>
internal sealed class RoundProgress(string stage, int issues, IProgress<RunProgress>? progress, CancellationToken cancellation) : IRoundObserver
{
    private readonly HashSet<string> _issues = new(StringComparer.Ordinal);

    public void RoundCompleted(string issueId, int round)
    {
        cancellation.ThrowIfCancellationRequested();
        _issues.Add(issueId);
        progress?.Report(new RunProgress(stage, _issues.Count, issues, issueId, round));
    }

    // A round of every issue at once: every issue is under way, none is named.
    public void ScenarioRoundCompleted(int round)
    {
        cancellation.ThrowIfCancellationRequested();
        progress?.Report(new RunProgress(stage, issues, issues, null, round));
    }
}
