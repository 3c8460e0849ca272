using Majordome.Bot.Content;
using Majordome.Bot.Data;
using Majordome.Bot.Storage;
using Majordome.Dialogs.Commerce;
using Majordome.Dialogs.Content;
using Majordome.Dialogs.Conversations;

namespace Majordome.Tests.Harness;

/// <summary>
/// The shipped brand content and one real SQLite business database for the whole test run (in a temp folder),
/// so conversation tests run against the real catalog, FAQ, boutiques, stores and feedback log.
/// Tests that read back orders or bookings use their own user ids.
/// </summary>
public static class TestBrand
{
    private static readonly Lazy<BrandContent> LazyContent = new(() => BrandContentLoader.Load(RepositoryRoot.BrandDirectory));

    private static readonly Lazy<BusinessDatabase> LazyDatabase = new(NewDatabase);

    public static BrandContent Content => LazyContent.Value;

    public static BusinessDatabase Database => LazyDatabase.Value;

    /// <summary>A database of its own, for tests that count seats or stock and must not see other tests' data.</summary>
    public static BusinessDatabase NewDatabase()
    {
        var folder = Path.Combine(Path.GetTempPath(), "majordome-conversation-tests", Guid.NewGuid().ToString("N"));
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temp folder is harmless; never fail the run for it.
            }
        };
        return new BusinessDatabase(new SqliteStorageOptions { DataDirectory = folder, FileName = "business.db" });
    }

    /// <summary>The services the conversations use, on the shared database (or <paramref name="database"/>) and the given clock.</summary>
    public static ConversationServices Services(TimeProvider time, BusinessDatabase? database = null)
    {
        var db = database ?? Database;
        var orders = new SqlOrderStore(db, time);
        orders.EnsureProductsAsync(Content.Products.Select(p => (p.Sku, p.Stock))).GetAwaiter().GetResult();
        var feedback = new SqlFeedbackLog(db, time);
        return new ConversationServices(
            new LoadedCatalog(Content.Products),
            new LoadedBoutiqueDirectory(Content.Boutiques),
            new LoadedFaqSource(Content.Faq),
            Content.Settings,
            orders,
            new SqlBookingStore(db, time),
            feedback,
            time,
            new RecordedHumanHandoff(feedback),
            new PayOnCollection());
    }
}
