using System.Net;
using System.Text.Json.Nodes;
using Majordome.Bot.Data;
using Majordome.Bot.Privacy;
using Majordome.Bot.Team;
using Majordome.Dialogs.Flows.Actions;
using Majordome.Tests.Bot.Team;
using Microsoft.Extensions.DependencyInjection;

namespace Majordome.Tests.Bot.Privacy;

/// <summary>
/// The console's data requests over real HTTP: an admin exports a customer as JSON and erases them (typing ERASE,
/// with the form's anti-forgery token); an agent gets 403 on each route and nothing is erased.
/// </summary>
public sealed class PrivacyConsoleTests : IClassFixture<PrivacyConsoleTests.Fixture>
{
    private const string Password = "correct horse battery";
    private readonly Fixture _fixture;

    public PrivacyConsoleTests(Fixture fixture) => _fixture = fixture;

    [Fact]
    public async Task Agent_IsRefused403_OnEveryPrivacyRoute_AndNothingIsErased()
    {
        var user = await _fixture.SeedLeadAsync();
        using var agent = TeamConsoleClient.For(_fixture.Factory);
        await agent.SignInOrFailAsync(await _fixture.NewAccountAsync(TeamRoles.Agent), Password);
        var token = await agent.TokenFromAsync("/team");

        var page = await agent.Http.GetAsync("/team/privacy");
        var export = await agent.Http.GetAsync($"/team/privacy/export?channel=directline&user={user}");
        var erase = await agent.PostAsync("/team/privacy/erase", token, new() { ["channel"] = "directline", ["user"] = user, ["confirm"] = "ERASE" });

        Assert.Equal([HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden], new[] { page.StatusCode, export.StatusCode, erase.StatusCode });
        Assert.Single(await _fixture.LeadsOfAsync(user));
    }

    [Fact]
    public async Task Admin_ExportsJson_ThenErases_AndTheErasureIsRecordedUnderTheirName()
    {
        var user = await _fixture.SeedLeadAsync();
        var admin = await _fixture.NewAccountAsync(TeamRoles.Admin);
        using var client = TeamConsoleClient.For(_fixture.Factory);
        await client.SignInOrFailAsync(admin, Password);

        var export = await client.Http.GetAsync($"/team/privacy/export?channel=directline&user={user}");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal("application/json", export.Content.Headers.ContentType!.MediaType);
        // The file is named by when it was taken, never by a hash of the customer's key (a phone number's is undone).
        Assert.Matches(@"^customer-data-\d{8}-\d{6}\.json$", export.Content.Headers.ContentDisposition!.FileName!.Trim('"'));
        var data = JsonNode.Parse(await export.Content.ReadAsStringAsync())!;
        Assert.Equal($"{user}@example.com", data["records"]!["flow_leads"]!.AsArray().Single()!["email"]!.GetValue<string>());

        var token = await client.TokenFromAsync("/team/privacy");
        var unconfirmed = await client.PostAsync("/team/privacy/erase", token, new() { ["channel"] = "directline", ["user"] = user, ["confirm"] = "yes" });
        Assert.Equal(HttpStatusCode.BadRequest, unconfirmed.StatusCode);
        Assert.Single(await _fixture.LeadsOfAsync(user));

        var erased = await client.PostAsync("/team/privacy/erase", token, new() { ["channel"] = "directline", ["user"] = user, ["confirm"] = "ERASE" });
        Assert.Equal(HttpStatusCode.OK, erased.StatusCode);
        Assert.Contains("is erased", await erased.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(await _fixture.LeadsOfAsync(user));
        var records = await _fixture.Factory.Services.GetRequiredService<SqlCustomerErasure>().ListErasuresAsync(new CustomerRecordKey("directline", user));
        Assert.Equal([(admin, ErasureSource.Console)], records.Select(r => (r.By, r.Source)));
    }

    [Fact]
    public async Task Admin_OpeningThePageForAQueuedConversation_FindsItsCustomersKeyFilledIn()
    {
        var user = "dl" + Guid.NewGuid().ToString("N")[..10];
        var request = await _fixture.Factory.Services.GetRequiredService<SqlHandoffQueue>().EnqueueAsync("directline", "conv-" + user, $"directline/{user}", null, "fr", "{}");
        using var client = TeamConsoleClient.For(_fixture.Factory);
        await client.SignInOrFailAsync(await _fixture.NewAccountAsync(TeamRoles.Admin), Password);

        var page = await client.Http.GetStringAsync($"/team/privacy?request={request}");

        Assert.Contains("value=\"directline\"", page, StringComparison.Ordinal);
        Assert.Contains($"value=\"{user}\"", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/team/privacy/export?channel=directline")]
    [InlineData("/team/privacy/export?channel=a/b&user=x")]
    public async Task Admin_ExportWithoutAWholeKey_Is400(string path)
    {
        using var client = TeamConsoleClient.For(_fixture.Factory);
        await client.SignInOrFailAsync(await _fixture.NewAccountAsync(TeamRoles.Admin), Password);

        var response = await client.Http.GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("channel and the user id", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    public sealed class Fixture : IDisposable
    {
        private int _accounts;

        public BotApplicationFactory Factory { get; } = new();

        public async Task<string> NewAccountAsync(string role)
        {
            var username = $"{role}{Interlocked.Increment(ref _accounts)}";
            await TeamConsoleClient.CreateAccountAsync(Factory, username, "Camille", Password, role);
            return username;
        }

        /// <summary>A new customer with a lead in the "newsletter" flow; returns their user id.</summary>
        public async Task<string> SeedLeadAsync()
        {
            var user = "dl" + Guid.NewGuid().ToString("N")[..10];
            await new SqlFlowRecordStore(Factory.Services.GetRequiredService<BusinessDatabase>())
                .RecordLeadAsync(new Lead("newsletter", $"directline/{user}", $"{user}@example.com", null, null, true, "I agree", "en", DateTimeOffset.UtcNow));
            return user;
        }

        public async Task<IReadOnlyList<Lead>> LeadsOfAsync(string user) =>
            (await new SqlFlowRecordStore(Factory.Services.GetRequiredService<BusinessDatabase>()).ReadLeadsAsync("newsletter")).Where(l => l.CustomerKey == $"directline/{user}").ToList();

        public void Dispose() => Factory.Dispose();
    }
}
