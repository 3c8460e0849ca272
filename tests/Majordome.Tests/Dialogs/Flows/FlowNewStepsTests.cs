using Majordome.Bot.Content.Flows;
using Majordome.Dialogs.Flows;
using Majordome.Tests.Bot.Content.Flows;
using Majordome.Tests.Harness;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace Majordome.Tests.Dialogs.Flows;

/// <summary>The image, attachment question and call steps run through the real bot.</summary>
public sealed class FlowNewStepsTests : IDisposable
{
    private readonly TempFlowFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Image_SendsAnImageAttachment_WithTheAltTextInTheCustomersLanguage()
    {
        var harness = Start("""
              - say: { fr: Voici la machine, en: Here is the machine }
              - image: https://images.example.com/machines/barista.jpg
                alt: { fr: La machine Barista en inox, en: The Barista machine in steel }
              - say: { fr: "Belle, non ?", en: "Nice, isn't it?" }
            """);
        await harness.SendAsync("bonjour");

        var replies = await harness.SendAsync("TEST_FLOW");

        var image = Assert.Single(replies.Messages.SelectMany(m => m.Attachments ?? []));
        Assert.Equal(("image/jpeg", "https://images.example.com/machines/barista.jpg", "La machine Barista en inox"), (image.ContentType, image.ContentUrl, image.Name));
        var texts = replies.Messages.Select(m => m.Text ?? "[image]").ToList();
        Assert.Equal(["Voici la machine", "[image]", "Belle, non ?"], texts.Take(3));
    }

    [Fact]
    public async Task Image_OnMessengerAndWhatsApp_IsTheirImageMessage()
    {
        var harness = Start("""
              - image: https://images.example.com/machines/barista.jpg
                alt: { fr: La machine Barista, en: The Barista machine }
            """);
        await harness.SendAsync("bonjour");
        var replies = await harness.SendAsync("TEST_FLOW");
        var image = replies.Messages.Single(m => m.Attachments?.Count > 0);
        image.ChannelId = Majordome.Bot.Messenger.MessengerChannels.Facebook;

        var messenger = new Majordome.Bot.Messenger.Rendering.MessengerRenderer(new Majordome.Bot.Messenger.Rendering.MessengerCardRenderer(Majordome.Dialogs.Localization.Localizer.Default)).Render(image);
        var whatsApp = new Majordome.Bot.WhatsApp.Rendering.WhatsAppRenderer(Majordome.Dialogs.Localization.Localizer.Default).Render(image, "fr");

        var sent = Assert.Single(messenger);
        Assert.Equal(("image", "https://images.example.com/machines/barista.jpg"), ((string?)sent["attachment"]!["type"], (string?)sent["attachment"]!["payload"]!["url"]));
        var media = Assert.Single(whatsApp);
        Assert.Equal(("image", "https://images.example.com/machines/barista.jpg"), ((string?)media["type"], (string?)media["image"]!["link"]));
    }

    [Fact]
    public async Task AttachmentQuestion_TextAnswers_AreAskedAgainWithHowToSendAPhoto_NeverGivenUp_AndThePhotoIsStored()
    {
        var harness = Start("""
              - ask: attachment
                var: photo
                prompt: { fr: Envoyez une photo de la machine., en: Send a photo of the machine. }
              - say: { fr: "Reçu [{photo}] ({photo_type})", en: "Got [{photo}] ({photo_type})" }
            """);
        await harness.SendAsync("bonjour");
        await harness.SendAsync("TEST_FLOW");

        var text = await harness.SendAsync("elle ne chauffe plus");
        await harness.SendAsync("je n'ai pas de photo");
        var again = await harness.SendAsync("toujours pas");
        var photo = await harness.ProcessAsync(harness.Message(null, new Attachment("image/jpeg", "https://scontent.example.com/broken.jpg")));

        Assert.StartsWith("Il me faut une photo ou un fichier", text.Text, StringComparison.Ordinal);
        Assert.Contains("Envoyez une photo de la machine.", text.Text, StringComparison.Ordinal);
        Assert.StartsWith("Il me faut une photo ou un fichier", again.Text, StringComparison.Ordinal);
        Assert.StartsWith("Reçu [https://scontent.example.com/broken.jpg] (image/jpeg)", photo.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AttachmentQuestion_WhatsAppMedia_IsStoredByItsId_AndAStickerIsNoAnswer()
    {
        var harness = Start("""
              - ask: attachment
                var: photo
                prompt: { fr: Envoyez une photo., en: Send a photo. }
              - say: { fr: "Reçu [{photo}] ({photo_type})", en: "Got [{photo}] ({photo_type})" }
            """);
        await harness.SendAsync("hello");
        await harness.SendAsync("TEST_FLOW");

        var sticker = await harness.ProcessAsync(harness.Message(null, new Attachment("application/vnd.facebook.sticker", "https://scontent.example.com/sticker.png")));
        var media = await harness.ProcessAsync(harness.Message(null, new Attachment("image/jpeg", content: new JObject { ["id"] = "98765" })));

        Assert.StartsWith("I need a photo or a file", sticker.Text, StringComparison.Ordinal);
        Assert.StartsWith("Got [whatsapp-media:98765] (image/jpeg)", media.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Call_RunsTheOtherFlowWithItsInputs_AndComesBackWithItsReturnedVariables()
    {
        _folder.Write("warranty.yaml", """
            id: warranty-check
            title: { fr: Garantie, en: Warranty }
            inputs: [machine]
            steps:
              - ask: number
                var: age
                prompt: { fr: "Votre {machine} a quel âge (années) ?", en: "How old is your {machine} (years)?" }
              - set: covered
                value: age < 2
            """);
        var harness = Start("""
              - set: model
                value: '"Barista"'
              - call: warranty-check
                with: { machine: "{model}" }
                returns: [covered]
              - if: covered
                then:
                  - say: { fr: "Sous garantie : réparation offerte.", en: Under warranty. }
                else:
                  - say: { fr: "Hors garantie.", en: Out of warranty. }
              - say: { fr: "Fin ({model})", en: "End ({model})" }
            """);
        await harness.SendAsync("bonjour");

        var asked = await harness.SendAsync("TEST_FLOW");
        var back = await harness.SendAsync("1");

        Assert.Contains("Votre Barista a quel âge (années) ?", asked.Text, StringComparison.Ordinal);
        Assert.Contains("Sous garantie : réparation offerte.", back.Text, StringComparison.Ordinal);
        Assert.Contains("Fin (Barista)", back.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Comment puis-je", back.Text.Split('\n')[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Call_TheCalledFlowGoesElsewhere_LeavesBothFlows()
    {
        _folder.Write("away.yaml", """
            id: away
            title: { fr: Ailleurs, en: Away }
            steps:
              - say: { fr: Je vous emmène au menu., en: Off to the menu. }
              - goto: menu
            """);
        var harness = Start("""
              - call: away
              - say: { fr: Jamais dit, en: Never said }
            """);
        await harness.SendAsync("bonjour");

        var replies = await harness.SendAsync("TEST_FLOW");

        Assert.Contains("Je vous emmène au menu.", replies.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Jamais dit", replies.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Loop_RepeatsItsStepsUntilTheConditionHolds()
    {
        var harness = Start("""
              - loop: 5
                until: answer == "oui"
                steps:
                  - ask: text
                    var: answer
                    prompt: { fr: Prêt ?, en: Ready? }
              - say: { fr: "C'est parti ({answer})", en: "Go ({answer})" }
            """);
        await harness.SendAsync("bonjour");
        await harness.SendAsync("TEST_FLOW");

        var first = await harness.SendAsync("non");
        var second = await harness.SendAsync("oui");

        Assert.Equal("Prêt ?", first.Text);
        Assert.StartsWith("C'est parti (oui)", second.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Loop_StopsAtItsLimit()
    {
        var harness = Start("""
              - set: n
                value: "0"
              - loop: 3
                until: n > 100
                steps:
                  - set: n
                    value: n + 1
                  - say: { fr: "Tour {n}", en: "Round {n}" }
              - say: { fr: "Fini à {n}", en: "Done at {n}" }
            """);
        await harness.SendAsync("bonjour");

        var replies = await harness.SendAsync("TEST_FLOW");

        Assert.Equal(["Tour 1", "Tour 2", "Tour 3", "Fini à 3"], replies.Text.Split('\n').Take(4));
    }

    [Fact]
    public async Task Wait_ShowsTypingAndPausesOnTheClock_BeforeTheNextMessage()
    {
        var harness = Start("""
              - say: { fr: Je regarde…, en: Let me look… }
              - wait: 2s
              - say: { fr: Trouvé !, en: Found it! }
            """);
        await harness.SendAsync("bonjour");
        var before = harness.Time.GetUtcNow();

        var turn = harness.SendAsync("TEST_FLOW");
        while (!turn.IsCompleted)
        {
            // The fake clock moves only when told: the turn ends once it has moved past the wait.
            harness.Time.Advance(TimeSpan.FromMilliseconds(250));
            await Task.Delay(5);
        }

        var replies = await turn;
        Assert.Equal(["Je regarde…", "Trouvé !"], replies.Text.Split('\n').Take(2));
        Assert.InRange(harness.Time.GetUtcNow() - before, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(3));
    }

    private ConversationHarness Start(string steps)
    {
        _folder.Write("test.yaml", "id: test-flow\ntitle: { fr: Test, en: Test }\ntriggers:\n  payload: TEST_FLOW\nsteps:\n" + steps + "\n");
        var result = FlowLoader.Load(_folder.Directory);
        Assert.True(result.Problems.Count == 0, string.Join(Environment.NewLine, result.Problems));
        return new ConversationHarness(flows: new FlowCatalog(result.Flows), database: TestBrand.NewDatabase());
    }
}
