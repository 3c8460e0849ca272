using System.Data.Common;
using Npgsql;

namespace Majordome.Bot.Storage;

/// <summary>Puts the instance's pool size (<see cref="PostgresPoolOptions.MaxPoolSize"/>) in its connection string.</summary>
public static class PostgresPoolSize
{
    // Npgsql's spellings of the setting; the connection string's own value, when given, is the operator's choice.
    private static readonly string[] Keywords = ["max pool size", "maximum pool size", "maxpoolsize"];

    /// <summary>
    /// <paramref name="connectionString"/> with <c>Max Pool Size</c> set to <paramref name="options"/>'s, unless the
    /// connection string sets it already.
    /// </summary>
    public static string Apply(string connectionString, PostgresPoolOptions options)
    {
        ArgumentNullException.ThrowIfNull(connectionString);
        ArgumentNullException.ThrowIfNull(options);
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        if (Keywords.Any(k => given.ContainsKey(k)))
        {
            return connectionString;
        }

        return new NpgsqlConnectionStringBuilder(connectionString) { MaxPoolSize = options.MaxPoolSize }.ConnectionString;
    }
}
