namespace Entente.Formats;

/// <summary>The file formats a scenario can be read from.</summary>
public enum ScenarioFormat
{
    /// <summary>Entente's own YAML scenario format.</summary>
    Yaml,

    /// <summary>The Scholz/BDM actor table: a CSV with columns Actor, Capability, Position, Salience.</summary>
    ActorTable,

    /// <summary>The input CSV of KTAB's spatial model of politics (SMP).</summary>
    Ktab,

    /// <summary>The tagged-row format of Stokman's exchange model (#A, #P, #M, #D rows).</summary>
    Exchange,
}
