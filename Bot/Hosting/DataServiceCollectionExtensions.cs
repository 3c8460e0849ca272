using Majordome.Bot.Data;
using Majordome.Bot.Storage;
using Majordome.Dialogs.Bookings;
using Majordome.Dialogs.Commerce;
using Majordome.Dialogs.Knowledge;
using Microsoft.Extensions.Options;

namespace Majordome.Bot.Hosting;

/// <summary>Registers the business data: the database, the order and booking stores, and the stock seeding.</summary>
public static class DataServiceCollectionExtensions
{
    /// <summary>
    /// Adds the business database (the PostgreSQL server or the SQLite file of the "Storage" section; orders and
    /// bookings always need a real database, so the Memory provider only affects conversation state), the stores,
    /// and a start-up step that registers the catalog's products with their starting stock.
    /// </summary>
    public static IServiceCollection AddMajordomeData(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<StorageOptions>>().Value;
            return options.UsesPostgres
                ? new BusinessDatabase(sp.GetRequiredService<PostgresConnector>())
                : new BusinessDatabase(
                    new SqliteStorageOptions { DataDirectory = options.DataDirectory, FileName = options.FileName, MaxDatabaseSizeMegabytes = options.MaxDatabaseSizeMegabytes, CheckpointInBackground = true },
                    conversationSynchronous: options.StateSynchronous);
        });
        services.AddSingleton<SqlOrderStore>();
        services.AddSingleton<IOrderStore>(sp => sp.GetRequiredService<SqlOrderStore>());
        services.AddSingleton<IOrderStatusStore>(sp => sp.GetRequiredService<SqlOrderStore>());
        services.AddSingleton<Majordome.Dialogs.Anticipation.BackInStock.IStockLevels>(sp => sp.GetRequiredService<SqlOrderStore>());
        services.AddSingleton<IBookingStore, SqlBookingStore>();
        services.AddSingleton<IPaymentProvider, PayOnCollection>();
        services.AddSingleton<SqlFeedbackLog>();
        services.AddSingleton<IFeedbackLog>(sp => sp.GetRequiredService<SqlFeedbackLog>());
        services.AddSingleton<Majordome.Dialogs.Engine.IHumanHandoff, RecordedHumanHandoff>();
        services.AddHostedService<StockSeeder>();
        return services;
    }
}
