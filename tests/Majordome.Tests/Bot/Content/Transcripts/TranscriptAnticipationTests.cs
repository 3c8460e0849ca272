using Majordome.Bot.Hosting;
using Majordome.Tests.Bot.Content.Transcripts;
using Majordome.Tests.Harness;

namespace Majordome.Tests.Bot.Content.Transcripts;

/// <summary>
/// <c>flows test</c> builds the anticipation services as the host does (on its own database), so a flow's notify-when
/// step behaves in a transcript as in production: the customer is put on the waiting list and told so.
/// </summary>
public sealed class TranscriptAnticipationTests : IDisposable
{
    private readonly string _brand = Path.Combine(Path.GetTempPath(), "majordome-transcript-anticipation", Guid.NewGuid().ToString("N"));

    public TranscriptAnticipationTests()
    {
        Directory.CreateDirectory(Path.Combine(_brand, "flows"));
        Directory.CreateDirectory(Path.Combine(_brand, "transcripts"));
        foreach (var file in Directory.GetFiles(RepositoryRoot.BrandDirectory, "*.yaml"))
        {
            File.Copy(file, Path.Combine(_brand, Path.GetFileName(file)));
        }

        // CAP-MINUIT is sold out in the shipped catalog: the step puts the customer on its waiting list.
        File.WriteAllText(Path.Combine(_brand, "flows", "minuit-waitlist.yaml"), """
            id: minuit-waitlist
            title: { fr: Liste Minuit, en: Minuit list }
            triggers:
              keywords: [liste minuit]
            steps:
              - notify-when:
                  back-in-stock: CAP-MINUIT
            """);
    }

    [Fact]
    public async Task FlowsTest_NotifyWhenOnASoldOutProduct_TheCustomerIsToldTheyAreOnTheList()
    {
        File.WriteAllText(Path.Combine(_brand, "transcripts", "minuit.transcript"), """
            # A sold-out capsule: the flow puts the customer on its waiting list, as the shop's "Prévenez-moi" does.
            language: fr
            channels: webchat
            user: bonjour
            bot: Bonjour*
            user: liste minuit
            bot: C'est noté : je vous préviendrai dès que Minuit sera de retour en stock.*
            bot: Puis-je vous aider pour autre chose ?
            """);
        using var output = new StringWriter();

        var code = await FlowsCommand.RunAsync(["flows", "test", Path.Combine(_brand, "transcripts")], ShippedBrandBot.Configuration, output);

        Assert.True(code == 0, output.ToString());
        Assert.Contains("PASS", output.ToString(), StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(_brand))
        {
            Directory.Delete(_brand, recursive: true);
        }
    }
}
