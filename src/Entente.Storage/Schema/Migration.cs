namespace Entente.Storage.Schema;

/// <summary>One step of the schema: a version number and the statements that take the previous version to it.</summary>
/// <param name="Version">The version this step produces; steps run in increasing order, each once.</param>
/// <param name="Description">What the step adds, recorded for people reading <c>schema_version</c>.</param>
/// <param name="Statements">Portable SQL with dialect placeholders, see <see cref="SqlDialect.Expand"/>.</param>
internal sealed record Migration(int Version, string Description, IReadOnlyList<string> Statements);
