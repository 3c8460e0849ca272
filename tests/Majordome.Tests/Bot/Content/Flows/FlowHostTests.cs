using Majordome.Dialogs.Flows;
using Majordome.Tests.Harness;
using Microsoft.Extensions.DependencyInjection;

namespace Majordome.Tests.Bot.Content.Flows;

/// <summary>The host with flow files: a broken one is left out, the valid ones and the bot keep serving.</summary>
public sealed class FlowHostTests : IDisposable
{
    private readonly string _brand = Path.Combine(Path.GetTempPath(), "majordome-flow-host-tests", Guid.NewGuid().ToString("N"));

    public FlowHostTests()
    {
        Directory.CreateDirectory(Path.Combine(_brand, "flows"));
        foreach (var file in Directory.GetFiles(RepositoryRoot.BrandDirectory, "*.yaml"))
        {
            File.Copy(file, Path.Combine(_brand, Path.GetFileName(file)));
        }

        File.Copy(Path.Combine(RepositoryRoot.BrandDirectory, "flows", "gift-finder.yaml"), Path.Combine(_brand, "flows", "gift-finder.yaml"));
        File.WriteAllText(Path.Combine(_brand, "flows", "broken.yaml"), "id: broken\ntitle: { fr: Cassé }\nsteps:\n  - jump: nowhere\n");
        File.WriteAllText(Path.Combine(_brand, "flows", "to-broken.yaml"), "id: to-broken\ntitle: { fr: Vers, en: To }\nsteps:\n  - goto: broken\n");
    }

    public void Dispose()
    {
        if (Directory.Exists(_brand))
        {
            Directory.Delete(_brand, recursive: true);
        }
    }

    [Fact]
    public async Task BrokenFlowFile_IsLeftOut_AndTheBotAndTheOtherFlowsStillServe()
    {
        using var host = new BotApplicationFactory(new Dictionary<string, string?> { ["Brand:ContentDirectory"] = _brand });
        using var client = host.CreateClient();

        var health = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
        var catalog = host.Services.GetRequiredService<FlowCatalogSource>().Current;

        Assert.True(health.IsSuccessStatusCode);

        // A broken file takes no other flow down: the flow that goes to it serves, and its customers are told at
        // the goto that the conversation is not available (FlowGotoTargetDeletedTests).
        Assert.Equal(["gift-finder", "to-broken"], catalog.Flows.Select(f => f.Id).Order(StringComparer.Ordinal));
        Assert.Null(catalog.Find("broken"));
        Assert.NotNull(host.Services.GetRequiredService<Majordome.Dialogs.Conversations.MainDialog>().FindDialog(FlowDialog.DialogIdOf("gift-finder")));
    }
}
