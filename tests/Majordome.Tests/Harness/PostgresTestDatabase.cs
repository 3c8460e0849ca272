using Npgsql;

namespace Majordome.Tests.Harness;

/// <summary>
/// A fresh database on the test run's <see cref="PostgresServer"/>. Each <see cref="NewDataSource"/> is a separate
/// connection pool, as a separate bot process would have; all are disposed with this object.
/// </summary>
public sealed class PostgresTestDatabase : IDisposable
{
    private readonly List<NpgsqlDataSource> _dataSources = [];

    /// <summary>Creates the database; <paramref name="purpose"/> goes into its name, for debugging.</summary>
    public PostgresTestDatabase(string purpose)
    {
        ConnectionString = PostgresServer.Instance.CreateDatabase(purpose);
    }

    /// <summary>The database's connection string.</summary>
    public string ConnectionString { get; }

    /// <summary>A new pooled data source on the database.</summary>
    public NpgsqlDataSource NewDataSource()
    {
        var dataSource = NpgsqlDataSource.Create(ConnectionString);
        lock (_dataSources)
        {
            _dataSources.Add(dataSource);
        }

        return dataSource;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        lock (_dataSources)
        {
            foreach (var dataSource in _dataSources)
            {
                dataSource.Dispose();
            }

            _dataSources.Clear();
        }
    }
}
