using Majordome.Bot.Content.Flows;
using Majordome.Bot.Data;
using Majordome.Dialogs.Flows;
using Majordome.Tests.Harness;

namespace Majordome.Tests.Dialogs.Flows;

/// <summary>The shipped launch lead capture and satisfaction survey, run through the real bot on a fresh SQLite database.</summary>
public sealed class ShippedLeadAndSurveyFlowTests
{
    private const string FrenchOptIn = "J'accepte de recevoir par e-mail les nouveautés et offres de Maison Tasse, et je peux me désinscrire à tout moment. Êtes-vous d'accord ?";
    private const string EnglishOptIn = "I agree to receive Maison Tasse news and offers by email, and I can unsubscribe at any time. Do you agree?";

    private static readonly Lazy<FlowCatalog> Shipped = new(() =>
    {
        var result = FlowLoader.Load(RepositoryRoot.BrandDirectory);
        Assert.True(result.Problems.Count == 0, string.Join(Environment.NewLine, result.Problems));
        return new FlowCatalog(result.Flows);
    });

    [Fact]
    public async Task Lead_French_Consent_RecordsTheLeadWithTheExactTextAndTagsTheCustomer()
    {
        var harness = new ConversationHarness(flows: Shipped.Value, database: TestBrand.NewDatabase());
        await harness.SendAsync("bonjour");

        var start = await harness.SendAsync("LAUNCH_LEAD");
        Assert.Contains("La Nocturne, notre café de l'hiver", start.Text, StringComparison.Ordinal);
        Assert.Contains("Laissez-moi votre e-mail", start.Text, StringComparison.Ordinal);

        var consent = await harness.SendAsync("marie@example.com");
        Assert.Contains(FrenchOptIn, consent.Text, StringComparison.Ordinal);

        var end = await harness.SendAsync("oui");
        Assert.Contains("C'est noté ! Vous recevrez un e-mail à marie@example.com dès la sortie.", end.Text, StringComparison.Ordinal);
        Assert.Contains("Comment puis-je vous aider", end.Text, StringComparison.Ordinal);

        var lead = Assert.Single(await harness.FlowRecords.ReadLeadsAsync("launch-lead"));
        Assert.Equal(("test/user-1", "marie@example.com", true, FrenchOptIn, "fr"), (lead.CustomerKey, lead.Email, lead.Consent, lead.ConsentText, lead.Language));
        Assert.Equal(ConversationHarness.DefaultNow, lead.RecordedAt);
        var profile = await ProfileAsync(harness);
        Assert.Equal(["launch-nocturne"], profile.Tags);
    }

    [Fact]
    public async Task Lead_English_Refusal_RecordsTheRefusalWithoutTheEmailAndNoTag()
    {
        var harness = new ConversationHarness(locale: "en-US", flows: Shipped.Value, database: TestBrand.NewDatabase());
        await harness.SendAsync("hello");
        await harness.SendValueAsync(new { payload = "LAUNCH_LEAD" });

        var consent = await harness.SendAsync("john@example.com");
        Assert.Contains(EnglishOptIn, consent.Text, StringComparison.Ordinal);

        var end = await harness.SendAsync("no");
        Assert.Contains("Understood, I will not write to you.", end.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Done!", end.Text, StringComparison.Ordinal);

        var lead = Assert.Single(await harness.FlowRecords.ReadLeadsAsync("launch-lead"));
        Assert.Equal((null, false, EnglishOptIn, "en"), (lead.Email, lead.Consent, lead.ConsentText, lead.Language));
        Assert.Empty((await ProfileAsync(harness)).Tags);
    }

    [Fact]
    public async Task Lead_BadEmail_AsksAgain()
    {
        var harness = new ConversationHarness(flows: Shipped.Value, database: TestBrand.NewDatabase());
        await harness.SendAsync("bonjour");
        await harness.SendAsync("LAUNCH_LEAD");

        var retry = await harness.SendAsync("pas d'email");

        Assert.DoesNotContain(FrenchOptIn, retry.Text, StringComparison.Ordinal);
        Assert.Empty(await harness.FlowRecords.ReadLeadsAsync("launch-lead"));
    }

    [Fact]
    public async Task Survey_French_LowScore_RecordsTheAnswerAndAsksForAPerson()
    {
        var database = TestBrand.NewDatabase();
        var harness = new ConversationHarness(flows: Shipped.Value, database: database);
        await harness.SendAsync("bonjour");

        var start = await harness.SendAsync("SURVEY");
        Assert.Contains("Merci pour votre commande !", start.Text, StringComparison.Ordinal);
        Assert.Contains("De 1 (déçu) à 5 (ravi)", start.Text, StringComparison.Ordinal);

        var comment = await harness.SendAsync("2");
        Assert.Contains("Un mot pour nous en dire plus ?", comment.Text, StringComparison.Ordinal);

        var end = await harness.SendAsync("Colis arrivé abîmé");
        Assert.Contains("Je suis désolé que votre commande vous ait déçu.", end.Text, StringComparison.Ordinal);

        var answer = Assert.Single(await harness.FlowRecords.ReadSurveyAnswersAsync("satisfaction-survey"));
        Assert.Equal((2, "Colis arrivé abîmé", "fr", "test/user-1"), (answer.Rating, answer.Comment, answer.Language, answer.CustomerKey));
        var human = Assert.Single(await new SqlFeedbackLog(database, harness.Time).ReadAsync("human"));
        Assert.Equal(("test/user-1", "satisfaction survey: 2/5"), (human.CustomerKey, human.Question));
    }

    [Fact]
    public async Task Survey_English_HighScore_ThanksWithoutAPerson()
    {
        var database = TestBrand.NewDatabase();
        var harness = new ConversationHarness(locale: "en-US", flows: Shipped.Value, database: database);
        await harness.SendAsync("hello");
        await harness.SendValueAsync(new { payload = "SURVEY" });
        await harness.SendAsync("5");

        var end = await harness.SendAsync("Perfect, thanks");

        Assert.Contains("Thank you for your 5/5, it means a lot to us!", end.Text, StringComparison.Ordinal);
        Assert.Contains("How can I help you?", end.Text, StringComparison.Ordinal);
        Assert.Equal(5, Assert.Single(await harness.FlowRecords.ReadSurveyAnswersAsync("satisfaction-survey")).Rating);
        Assert.Empty(await new SqlFeedbackLog(database, harness.Time).ReadAsync("human"));
    }

    [Fact]
    public async Task Survey_ScoreOutOfRange_AsksAgainWithTheRetryText()
    {
        var harness = new ConversationHarness(flows: Shipped.Value, database: TestBrand.NewDatabase());
        await harness.SendAsync("bonjour");
        await harness.SendAsync("SURVEY");

        var retry = await harness.SendAsync("9");

        Assert.Contains("Répondez par une note de 1 à 5, par exemple 4.", retry.Text, StringComparison.Ordinal);
    }

    private static async Task<Majordome.Dialogs.Profile.UserProfile> ProfileAsync(ConversationHarness harness)
    {
        var items = await harness.Storage.ReadAsync(["test/users/user-1"]);
        var state = (Newtonsoft.Json.Linq.JObject)Newtonsoft.Json.Linq.JToken.FromObject(items["test/users/user-1"]);
        return state["UserProfile"]!.ToObject<Majordome.Dialogs.Profile.UserProfile>()!;
    }
}
