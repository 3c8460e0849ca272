using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Majordome.Tests.Bot.Messenger;

/// <summary>The Meta webhook bodies in Fixtures/ (shared fixtures) and Fixtures/Extra/ (our own variants), and the test configuration that matches them.</summary>
internal static class MetaFixtures
{
    public const string PageId = "104732118823457";
    public const string SecondPageId = "200000000000001";
    public const string InstagramId = "17841405822304914";
    public const string Customer = "7028345619274851";
    public const string InstagramCustomer = "6543219870123456";
    public const string AppId = "948372615204837";
    public const string AppSecret = "test-app-secret-0123456789abcdef";
    public const string VerifyToken = "majordome-verify-token";

    /// <summary>Every fixture file name (both folders), for the table tests.</summary>
    public static IEnumerable<string> All =>
        Directory.EnumerateFiles(Folder, "*.json", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Folder, f).Replace('\\', '/'))
            .Where(f => !f.StartsWith("whatsapp", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

    private static string Folder => Path.Combine(AppContext.BaseDirectory, "Bot", "Messenger", "Fixtures");

    /// <summary>The exact bytes of a fixture.</summary>
    public static byte[] Bytes(string name) => File.ReadAllBytes(Path.Combine(Folder, name));

    /// <summary>A fixture parsed (dates left as text).</summary>
    public static JObject Json(string name) =>
        JsonConvert.DeserializeObject<JObject>(Encoding.UTF8.GetString(Bytes(name)), new JsonSerializerSettings { DateParseHandling = DateParseHandling.None })!;

    /// <summary>The first event of the first entry (messaging or standby) of a fixture.</summary>
    public static JObject FirstEvent(string name)
    {
        var entry = (JObject)Json(name)["entry"]![0]!;
        return (JObject)(entry["messaging"] ?? entry["standby"])![0]!;
    }

    /// <summary>Configuration of the Messenger channel for the fixtures' page and Instagram account, plus a second page.</summary>
    public static Dictionary<string, string?> Settings(string? dataDirectory = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Messenger:AppId"] = AppId,
            ["Messenger:AppSecret"] = AppSecret,
            ["Messenger:VerifyToken"] = VerifyToken,
            ["Messenger:GraphBaseUrl"] = "http://127.0.0.1:9/",
            ["Messenger:Pages:0:PageId"] = PageId,
            ["Messenger:Pages:0:AccessToken"] = "page-token-one",
            ["Messenger:Pages:0:InstagramAccountId"] = InstagramId,
            ["Messenger:Pages:1:PageId"] = SecondPageId,
            ["Messenger:Pages:1:AccessToken"] = "page-token-two",
        };
        if (dataDirectory is not null)
        {
            settings["Storage:DataDirectory"] = dataDirectory;
        }

        return settings;
    }
}
