namespace Majordome.Bot.Data;

/// <summary>One step of the business schema: applied once, in order, and recorded in <c>schema_migrations</c>.</summary>
/// <param name="Version">Its position; never renumber a migration that has shipped.</param>
/// <param name="Name">What it does, for the record.</param>
/// <param name="Sql">
/// The statements, for both engines unless <paramref name="PostgresSql"/> is given. <c>{identity}</c> stands for an
/// auto-numbered primary key, the one thing most tables spell differently on the two engines.
/// </param>
/// <param name="PostgresSql">PostgreSQL's own statements, where the engines differ beyond the identity column (types, sequences).</param>
internal sealed record Migration(int Version, string Name, string Sql, string? PostgresSql = null)
{
    private const string Identity = "{identity}";

    /// <summary>The statements for <paramref name="kind"/>.</summary>
    internal string SqlFor(BusinessDatabaseKind kind) => kind == BusinessDatabaseKind.Postgres
        ? (PostgresSql ?? Sql).Replace(Identity, "BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY", StringComparison.Ordinal)
        : Sql.Replace(Identity, "INTEGER PRIMARY KEY AUTOINCREMENT", StringComparison.Ordinal);
}
