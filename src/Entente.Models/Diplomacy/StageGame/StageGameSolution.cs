using System.Collections.Immutable;

namespace Entente.Models.Diplomacy.StageGame;

/// <summary>
/// The selected equilibrium of a stage game (specification §5.7). The claim's credibility for the
/// observer who solved it is <see cref="ClaimCredibility"/> (c₁).
/// </summary>
public sealed record StageGameSolution
{
    /// <summary>Babbling, pure, mixed or fallback.</summary>
    public required EquilibriumKind Kind { get; init; }

    /// <summary>σ: each sender type's probability of claiming, in the game's order.</summary>
    public required ImmutableArray<double> Sigma { get; init; }

    /// <summary>ρ₀: the probability of a favourable response to silence.</summary>
    public required double Rho0 { get; init; }

    /// <summary>ρ₁: the probability of a favourable response to the claim.</summary>
    public required double Rho1 { get; init; }

    /// <summary>β: the mixing probability of the receiver threshold type that mixes (mixed equilibria only).</summary>
    public double? Beta { get; init; }

    /// <summary>c₀: the probability that a silent sender would follow through.</summary>
    public required double SilentCredibility { get; init; }

    /// <summary>c₁: the probability that a claiming sender follows through: the claim's credibility.</summary>
    public required double ClaimCredibility { get; init; }

    /// <summary>μ₁: the posterior over sender types after the claim (D1 if the claim is off path).</summary>
    public required ImmutableArray<double> PosteriorClaim { get; init; }

    /// <summary>μ₀: the posterior over sender types after silence (D1 if silence is off path).</summary>
    public required ImmutableArray<double> PosteriorSilent { get; init; }

    /// <summary>I = P₁·P₀·(c₁ − c₀)²: how much the message tells.</summary>
    public required double Informativeness { get; init; }

    /// <summary>How many valid candidate equilibria the enumeration found (0 for babbling and fallback).</summary>
    public required int Equilibria { get; init; }

    /// <summary>P₁ = Σ μσ: the prior probability that the claim is sent.</summary>
    public required double ClaimProbability { get; init; }
}
