using System.Collections.Concurrent;
using System.Diagnostics;

namespace Majordome.Tests.Harness;

/// <summary>
/// The SQL a test's own PostgreSQL connections send, read from Npgsql's tracing (one activity per command or batch,
/// with its text and its data source): only the commands whose data source names <c>dataSourcePart</c> (the test's
/// port or schema), since other tests run alongside on the same server. Dispose to stop listening.
/// </summary>
public sealed class NpgsqlCommandLog : IDisposable
{
    private readonly ConcurrentQueue<string> _commands = new();
    private readonly ActivityListener _listener;

    /// <summary>Starts listening for the commands of data sources whose description contains <paramref name="dataSourcePart"/>.</summary>
    public NpgsqlCommandLog(string dataSourcePart)
    {
        ArgumentException.ThrowIfNullOrEmpty(dataSourcePart);
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Npgsql",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                if ((activity.GetTagItem("db.npgsql.data_source") as string)?.Contains(dataSourcePart, StringComparison.Ordinal) == true)
                {
                    _commands.Enqueue(activity.GetTagItem("db.query.text") as string ?? string.Empty);
                }
            },
        };
        ActivitySource.AddActivityListener(_listener);
    }

    /// <summary>The commands sent so far, in the order they ended.</summary>
    public IReadOnlyList<string> Commands => [.. _commands];

    /// <summary>The commands sent so far whose text contains <paramref name="part"/>.</summary>
    public IReadOnlyList<string> Containing(string part) => Commands.Where(c => c.Contains(part, StringComparison.Ordinal)).ToList();

    /// <inheritdoc />
    public void Dispose() => _listener.Dispose();
}
