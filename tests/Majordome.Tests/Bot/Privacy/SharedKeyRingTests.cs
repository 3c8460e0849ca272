using System.Net;
using Majordome.Bot.Data;
using Majordome.Bot.Team;
using Majordome.Tests.Bot.Team;
using Majordome.Tests.Harness;

namespace Majordome.Tests.Bot.Privacy;

/// <summary>
/// Two bot processes on one PostgreSQL database, each with a home folder of its own (as two machines have): a
/// console session signed in on instance A is accepted by instance B, and a form token A gave is accepted by B. No
/// sticky sessions are needed, because the Data Protection key ring is in the database.
/// </summary>
public sealed class SharedKeyRingTests : IAsyncLifetime
{
    private const string Password = "correct horse battery";
    private readonly PostgresTestDatabase _database = new("keyring");
    private readonly List<BotProcess> _instances = [];
    private readonly List<string> _homes = [];

    [Fact]
    public async Task ACookieAndAFormTokenFromInstanceA_AreAcceptedByInstanceB()
    {
        var (a, b) = (_instances[0].BaseAddress, _instances[1].BaseAddress);
        using var handler = new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() };
        using var http = new HttpClient(handler);

        // Cookies are scoped by host, not port: the browser sends A's cookies to B, as it would behind one address.
        var signInPage = await http.GetStringAsync(new Uri(a, "/team/signin"));
        var signIn = await http.PostAsync(new Uri(a, "/team/signin"), Form(TeamConsoleClient.TokenIn(signInPage), ("username", "camille"), ("password", Password)));
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        var queueOnA = await http.GetAsync(new Uri(a, "/team"));
        Assert.Equal(HttpStatusCode.OK, queueOnA.StatusCode);
        var tokenFromA = TeamConsoleClient.TokenIn(await queueOnA.Content.ReadAsStringAsync());

        var queueOnB = await http.GetAsync(new Uri(b, "/team"));
        var signOutOnB = await http.PostAsync(new Uri(b, "/team/signout"), Form(tokenFromA));

        Assert.True(queueOnB.StatusCode == HttpStatusCode.OK, $"B answered {(int)queueOnB.StatusCode} {queueOnB.Headers.Location} to A's session cookie");
        Assert.True(signOutOnB.StatusCode == HttpStatusCode.Redirect, $"B answered {(int)signOutOnB.StatusCode} to A's form token");
    }

    public async Task InitializeAsync()
    {
        var hash = new TeamPasswords().Hash(Password);
        Assert.True(await new SqlTeamMembers(new BusinessDatabase(_database.NewDataSource()), TimeProvider.System).AddAsync("camille", "Camille", TeamRoles.Agent, hash));
        foreach (var _ in Enumerable.Range(0, 2))
        {
            var home = Path.Combine(Path.GetTempPath(), "majordome-keyring", Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(home);
            _homes.Add(home);
            _instances.Add(await BotProcess.StartAsync(new Dictionary<string, string>
            {
                ["Storage:Provider"] = "Postgres",
                ["Storage:ConnectionString"] = _database.ConnectionString,
                ["Storage:DataDirectory"] = Path.Combine(home, "data"),
                ["Understanding:TrainAtStartup"] = "false",

                // Where Data Protection would otherwise keep each machine's own key ring.
                ["HOME"] = home,
                ["XDG_DATA_HOME"] = Path.Combine(home, ".local", "share"),
            }));
        }
    }

    public async Task DisposeAsync()
    {
        foreach (var instance in _instances)
        {
            await instance.DisposeAsync();
        }

        _database.Dispose();
        foreach (var home in _homes.Where(Directory.Exists))
        {
            Directory.Delete(home, recursive: true);
        }
    }

    private static FormUrlEncodedContent Form(string token, params (string Name, string Value)[] fields) =>
        new([new KeyValuePair<string, string>("__RequestVerificationToken", token), .. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))]);
}
