using Majordome.Cards.Validation;
using Newtonsoft.Json.Linq;

namespace Majordome.Tests.Cards.Validation;

public class CardLimitsCheckerTests
{
    private const string Valid = """
        {
          "type": "AdaptiveCard", "version": "1.5",
          "selectAction": { "type": "Action.Submit", "data": { "action": "open" } },
          "body": [
            { "type": "TextBlock", "text": "Espresso" },
            { "type": "Image", "url": "https://maisontasse.example/a.jpg" },
            { "type": "ColumnSet", "columns": [ { "type": "Column", "items": [ { "type": "TextBlock", "text": "4,50 €" } ] } ] },
            { "type": "ActionSet", "actions": [ { "type": "Action.OpenUrl", "title": "Map", "url": "https://maps.example" } ] },
            { "type": "FactSet", "facts": [ { "title": "Total", "value": "4,50 €" } ] }
          ],
          "actions": [ { "type": "Action.Submit", "title": "Add to cart", "data": { "action": "addToCart", "sku": "X" } } ]
        }
        """;

    private static JObject Card(Action<JObject>? change = null)
    {
        var card = JObject.Parse(Valid);
        change?.Invoke(card);
        return card;
    }

    private static CardProblem Single(JObject card) => Assert.Single(CardLimitsChecker.Check(card));

    [Fact]
    public void Check_ValidCard_HasNoProblem()
    {
        Assert.Empty(CardLimitsChecker.Check(Card()));
    }

    [Theory]
    [InlineData("version", "1.6")]
    [InlineData("version", "1.0")]
    [InlineData("type", "HeroCard")]
    public void Check_WrongRoot_IsCaught(string property, string value)
    {
        var problem = Single(Card(c => c[property] = value));

        Assert.Equal(CardRule.Version, problem.Rule);
        Assert.Equal("$", problem.Path);
    }

    [Fact]
    public void Check_PayloadOver28KbOfUtf8_IsCaught()
    {
        var card = Card(c => ((JArray)c["body"]!).Add(new JObject { ["type"] = "Container", ["id"] = new string('é', 15_000) }));

        var problem = Single(card);
        Assert.Equal(CardRule.PayloadTooLarge, problem.Rule);
        Assert.Contains("28672", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_PayloadOver40KbOfUtf16_IsCaughtEvenUnder28KbOfUtf8()
    {
        var card = Card(c => ((JArray)c["body"]!).Add(new JObject { ["type"] = "Container", ["id"] = new string('a', 21_000) }));

        Assert.Equal(CardRule.PayloadTooLarge, Single(card).Rule);
    }

    [Fact]
    public void Check_SixTopLevelActions_IsCaught()
    {
        var card = Card(c =>
        {
            var actions = (JArray)c["actions"]!;
            for (var i = 0; i < 5; i++)
            {
                actions.Add(actions[0].DeepClone());
            }
        });

        var problem = Single(card);
        Assert.Equal(CardRule.TooManyActions, problem.Rule);
        Assert.Equal("$.actions", problem.Path);
    }

    [Fact]
    public void Check_SixActionsInAnActionSet_IsCaught()
    {
        var card = Card(c =>
        {
            var actions = (JArray)c["body"]![3]!["actions"]!;
            while (actions.Count < 6)
            {
                actions.Add(actions[0].DeepClone());
            }
        });

        Assert.Equal("$.body[3].actions", Single(card).Path);
    }

    [Fact]
    public void Check_FiveActions_IsFine()
    {
        var card = Card(c =>
        {
            var actions = (JArray)c["actions"]!;
            while (actions.Count < CardLimits.MaxActions)
            {
                actions.Add(actions[0].DeepClone());
            }
        });

        Assert.Empty(CardLimitsChecker.Check(card));
    }

    [Fact]
    public void Check_TextBlockTooLong_IsCaught()
    {
        var problem = Single(Card(c => c["body"]![0]!["text"] = new string('x', CardLimits.MaxTextLength + 1)));

        Assert.Equal(CardRule.TextTooLong, problem.Rule);
        Assert.Equal("$.body[0].text", problem.Path);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Check_EmptyTextBlock_IsCaught(string text)
    {
        var problem = Single(Card(c => c["body"]![2]!["columns"]![0]!["items"]![0]!["text"] = text));

        Assert.Equal(CardRule.EmptyText, problem.Rule);
        Assert.Equal("$.body[2].columns[0].items[0]", problem.Path);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("img/a.jpg")]
    [InlineData("ftp://x.example/a.jpg")]
    public void Check_ImageWithoutAbsoluteUrl_IsCaught(string? url)
    {
        var problem = Single(Card(c =>
        {
            var image = (JObject)c["body"]![1]!;
            if (url is null)
            {
                image.Remove("url");
            }
            else
            {
                image["url"] = url;
            }
        }));

        Assert.Equal(CardRule.ImageWithoutUrl, problem.Rule);
        Assert.Equal("$.body[1]", problem.Path);
    }

    [Fact]
    public void Check_ImageWithDataUri_IsFine()
    {
        Assert.Empty(CardLimitsChecker.Check(Card(c => c["body"]![1]!["url"] = "data:image/png;base64,iVBORw0KGgo=")));
    }

    [Fact]
    public void Check_ActionWithoutTitle_IsCaughtButNotForSelectAction()
    {
        var problem = Single(Card(c => ((JObject)c["actions"]![0]!).Remove("title")));

        Assert.Equal(CardRule.ActionWithoutTitle, problem.Rule);
        Assert.Equal("$.actions[0]", problem.Path);
    }

    [Fact]
    public void Check_ActionTitleOver20Characters_IsCaught()
    {
        var problem = Single(Card(c => c["actions"]![0]!["title"] = "Ajouter au panier maintenant"));

        Assert.Equal(CardRule.ActionTitleTooLong, problem.Rule);
        Assert.Equal("$.actions[0].title", problem.Path);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("\"addToCart\"")]
    [InlineData("[1, 2]")]
    public void Check_SubmitDataNotAnObject_IsCaught(string? data)
    {
        var problem = Single(Card(c =>
        {
            var action = (JObject)c["actions"]![0]!;
            if (data is null)
            {
                action.Remove("data");
            }
            else
            {
                action["data"] = JToken.Parse(data);
            }
        }));

        Assert.Equal(CardRule.SubmitDataNotObject, problem.Rule);
        Assert.Equal("$.actions[0]", problem.Path);
    }

    [Fact]
    public void Check_SelectActionSubmitWithoutData_IsCaught()
    {
        var problem = Single(Card(c => ((JObject)c["selectAction"]!).Remove("data")));

        Assert.Equal(CardRule.SubmitDataNotObject, problem.Rule);
        Assert.Equal("$.selectAction", problem.Path);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("maps")]
    public void Check_OpenUrlWithoutAbsoluteUrl_IsCaught(string? url)
    {
        var problem = Single(Card(c =>
        {
            var action = (JObject)c["body"]![3]!["actions"]![0]!;
            if (url is null)
            {
                action.Remove("url");
            }
            else
            {
                action["url"] = url;
            }
        }));

        Assert.Equal(CardRule.OpenUrlWithoutUrl, problem.Rule);
        Assert.Equal("$.body[3].actions[0]", problem.Path);
    }

    [Theory]
    [InlineData("$.body[0]")]
    [InlineData("$.body[2].columns[0]")]
    [InlineData("$.body[2].columns[0].items[0]")]
    [InlineData("$.actions[0]")]
    [InlineData("$.selectAction")]
    public void Check_ElementOrActionWithoutType_IsCaught(string path)
    {
        var card = Card();
        ((JObject)card.SelectToken(path)!).Remove("type");

        var problem = Single(card);
        Assert.Equal(CardRule.MissingType, problem.Rule);
        Assert.Equal(path, problem.Path);
    }

    [Fact]
    public void Check_UnboundExpression_IsCaught()
    {
        var problem = Single(Card(c => c["body"]![0]!["text"] = "${name}"));

        Assert.Equal(CardRule.UnboundExpression, problem.Rule);
        Assert.Equal("$.body[0].text", problem.Path);
    }

    [Fact]
    public void Check_SeveralProblems_AreAllReported()
    {
        var card = Card(c =>
        {
            c["version"] = "1.2";
            c["body"]![1]!["url"] = string.Empty;
            ((JObject)c["actions"]![0]!).Remove("title");
        });

        Assert.Equal([CardRule.Version, CardRule.ImageWithoutUrl, CardRule.ActionWithoutTitle], CardLimitsChecker.Check(card).Select(p => p.Rule));
    }
}
