using Majordome.Dialogs.Flows;
using Majordome.Dialogs.Flows.Actions;
using Majordome.Tests.Bot;
using Microsoft.Extensions.DependencyInjection;

namespace Majordome.Tests.Bot.Content.Flows;

/// <summary>The host registers the built-in actions, and the shipped flows that call them are served.</summary>
public sealed class FlowActionHostTests
{
    [Fact]
    public void Host_RegistersTheBuiltInActions_AndServesTheShippedFlows()
    {
        using var host = new BotApplicationFactory();
        using var client = host.CreateClient();

        var registry = host.Services.GetRequiredService<FlowActionRegistry>();
        var catalog = host.Services.GetRequiredService<FlowCatalogSource>().Current;
        var main = host.Services.GetRequiredService<Majordome.Dialogs.Conversations.MainDialog>();

        Assert.Equal(BuiltInFlowActions.Signatures.Select(s => s.Name), registry.Signatures.Select(s => s.Name));
        Assert.Equal(["birthday-club", "birthday-offer", "gift-finder", "launch-lead", "machine-repair", "satisfaction-survey", "warranty-check"], catalog.Flows.Select(f => f.Id));
        Assert.NotNull(main.FindDialog(FlowDialog.DialogIdOf("launch-lead")));
        Assert.False(host.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<FlowOptions>>().Value.AllowHttpLoopbackWebhooks);
    }

    [Fact]
    public void Host_BindsTheWebhookPrivateNetworkHosts()
    {
        using var host = new BotApplicationFactory(new() { ["Flows:WebhookPrivateNetworkHosts:0"] = "crm.internal", ["Flows:WebhookPrivateNetworkHosts:1"] = "erp.internal" });

        var options = host.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<FlowOptions>>().Value;

        Assert.Equal(["crm.internal", "erp.internal"], options.WebhookPrivateNetworkHosts);
    }
}
