namespace Majordome.Bot.Data;

/// <summary>One step of the business schema: applied once, in order, and recorded in <c>schema_migrations</c>.</summary>
/// <param name="Version">Its position; never renumber a migration that has shipped.</param>
/// <param name="Name">What it does, for the record.</param>
/// <param name="Sql">The statements.</param>
internal sealed record Migration(int Version, string Name, string Sql);
