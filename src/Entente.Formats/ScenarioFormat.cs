namespace Entente.Formats;

/// <summary>STUB until the formats branch lands.</summary>
public enum ScenarioFormat { /// <summary>x</summary>
Yaml, /// <summary>x</summary>
ActorTable, /// <summary>x</summary>
Ktab, /// <summary>x</summary>
Exchange }
