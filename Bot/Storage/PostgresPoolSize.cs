using System.Data.Common;
using Npgsql;

namespace Majordome.Bot.Storage;

/// <summary>
/// Puts the instance's pool size (<see cref="PostgresPoolOptions.MaxPoolSize"/>) and automatic preparation
/// (<see cref="PostgresPoolOptions.MaxAutoPrepare"/>) in its connection string.
/// </summary>
public static class PostgresPoolSize
{
    // Npgsql's spellings of the setting; the connection string's own value, when given, is the operator's choice.
    private static readonly string[] Keywords = ["max pool size", "maximum pool size", "maxpoolsize"];
    private static readonly string[] AutoPrepareKeywords = ["max auto prepare", "maxautoprepare"];

    /// <summary>
    /// <paramref name="connectionString"/> with <c>Max Pool Size</c> and <c>Max Auto Prepare</c> set to
    /// <paramref name="options"/>'s, unless the connection string sets them already.
    /// </summary>
    public static string Apply(string connectionString, PostgresPoolOptions options)
    {
        ArgumentNullException.ThrowIfNull(connectionString);
        ArgumentNullException.ThrowIfNull(options);
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!Keywords.Any(given.ContainsKey))
        {
            builder.MaxPoolSize = options.MaxPoolSize;
        }

        if (!AutoPrepareKeywords.Any(given.ContainsKey))
        {
            builder.MaxAutoPrepare = options.MaxAutoPrepare;
        }

        return builder.ConnectionString;
    }
}
