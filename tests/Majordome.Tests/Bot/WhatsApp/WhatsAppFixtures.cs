using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Majordome.Tests.Bot.WhatsApp;

/// <summary>The WhatsApp webhook bodies in Fixtures/ (copies of the shared fixtures, Meta's exact shapes).</summary>
internal static class WhatsAppFixtures
{
    public const string NumberId = "108941275530092";
    public const string Customer = "14155550123";

    public static byte[] Bytes(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Bot", "WhatsApp", "Fixtures", name + ".json"));

    public static JObject Json(string name) =>
        JsonConvert.DeserializeObject<JObject>(Encoding.UTF8.GetString(Bytes(name)), new JsonSerializerSettings { DateParseHandling = DateParseHandling.None })!;
}
