using Entente.Simulation.Execution;

namespace Entente.Simulation.Tests.Execution;

/// <summary>The thread-pool executor keeps the executor contract.</summary>
public sealed class LocalTrialExecutorTests : TrialExecutorContract
{
    protected override ITrialRangeExecutor CreateExecutor(int workers) => new LocalTrialExecutor(workers);
}
