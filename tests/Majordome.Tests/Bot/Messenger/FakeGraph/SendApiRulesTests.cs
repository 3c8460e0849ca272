using Newtonsoft.Json.Linq;

namespace Majordome.Tests.Bot.Messenger.FakeGraph;

/// <summary>The fake server's rules accept Meta's own request examples and refuse what Graph refuses.</summary>
public class SendApiRulesTests
{
    [Theory]
    [InlineData("req_generic_template")]
    [InlineData("req_button_template")]
    [InlineData("req_receipt_template")]
    [InlineData("req_quick_replies")]
    [InlineData("req_human_agent_tag")]
    [InlineData("req_sender_action_typing_on")]
    public void CheckMessages_MetaExamples_AreAccepted(string fixture)
    {
        Assert.Empty(SendApiRules.CheckMessages(FakeGraphServer.Fixture(fixture), instagram: false));
    }

    [Theory]
    [InlineData("""{"recipient":{"id":"1"},"messaging_type":"RESPONSE","message":{"text":"a","attachment":{"type":"image","payload":{"url":"https://x.example/a.png"}}}}""", "not both")]
    [InlineData("""{"recipient":{"id":"1"},"sender_action":"typing_on","messaging_type":"RESPONSE"}""", "alone")]
    [InlineData("""{"recipient":{"id":"1"},"messaging_type":"MESSAGE_TAG","tag":"POST_PURCHASE_UPDATE","message":{"text":"a"}}""", "deprecated")]
    [InlineData("""{"recipient":{"id":"1"},"messaging_type":"RESPONSE","message":{"attachment":{"type":"template","payload":{"template_type":"button","text":"t","buttons":[]}}}}""", "0 buttons")]
    [InlineData("""{"recipient":{"id":"1"},"messaging_type":"RESPONSE","message":{"text":"a","quick_replies":[{"content_type":"text","title":"Un titre beaucoup trop long","payload":"x"}]}}""", "over 20")]
    public void CheckMessages_Violations_AreNamed(string body, string expected)
    {
        Assert.Contains(SendApiRules.CheckMessages(JObject.Parse(body), instagram: false), p => p.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void CheckMessages_InstagramReceiptAndLongText_AreRefused()
    {
        var receipt = FakeGraphServer.Fixture("req_receipt_template");
        Assert.Contains("Instagram has no receipt template", SendApiRules.CheckMessages(receipt, instagram: true));
        var text = JObject.Parse("""{"recipient":{"id":"1"},"messaging_type":"RESPONSE","message":{"text":""}}""");
        text["message"]!["text"] = new string('é', 501);
        Assert.Contains("Instagram text over 1000 bytes", SendApiRules.CheckMessages(text, instagram: true));
        Assert.Empty(SendApiRules.CheckMessages(text, instagram: false));
    }
}
