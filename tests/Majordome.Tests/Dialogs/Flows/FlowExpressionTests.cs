using Majordome.Dialogs.Flows;

namespace Majordome.Tests.Dialogs.Flows;

public sealed class FlowExpressionTests
{
    private static readonly Dictionary<string, object?> Variables = new()
    {
        ["budget"] = 60m,
        ["recipient"] = "partner",
        ["gift"] = true,
        ["empty"] = null,
    };

    [Theory]
    [InlineData("budget == 60", true)]
    [InlineData("budget != 60", false)]
    [InlineData("budget < 60", false)]
    [InlineData("budget <= 60", true)]
    [InlineData("budget > 59.5", true)]
    [InlineData("budget >= 61", false)]
    [InlineData("recipient == \"Partner\"", true)]
    [InlineData("recipient == 'family'", false)]
    [InlineData("recipient in [\"family\", \"partner\"]", true)]
    [InlineData("recipient in [\"family\"]", false)]
    [InlineData("budget in [10, 60]", true)]
    [InlineData("budget >= 50 and recipient == \"partner\"", true)]
    [InlineData("budget >= 80 and recipient == \"partner\"", false)]
    [InlineData("budget >= 80 or recipient == \"partner\"", true)]
    [InlineData("not gift", false)]
    [InlineData("not (budget > 100) and gift", true)]
    [InlineData("gift == true", true)]
    [InlineData("empty == null", true)]
    [InlineData("empty > 3", false)]
    [InlineData("recipient > 3", false)]
    [InlineData("unknown", false)]
    [InlineData("budget == -1", false)]
    public void IsTrue_EvaluatesLikeAMarketerExpects(string text, bool expected)
    {
        Assert.Equal(expected, FlowExpression.Parse(text).IsTrue(Variables));
    }

    [Fact]
    public void Evaluate_Literal_ReturnsItsValue()
    {
        Assert.Equal("Coffret", FlowExpression.Parse("\"Coffret\"").Evaluate(Variables));
        Assert.Equal(4.5m, FlowExpression.Parse("4.5").Evaluate(Variables));
    }

    [Fact]
    public void Variables_ListsEachNameOnceInOrder()
    {
        Assert.Equal(["budget", "recipient"], FlowExpression.Parse("budget > 3 and recipient in [\"a\"] or budget < 1").Variables);
    }

    [Theory]
    [InlineData("", 0, "the expression is empty")]
    [InlineData("budget = 3", 7, "write == to compare, not =.")]
    [InlineData("budget > ", 9, "stops too early")]
    [InlineData("\"open", 0, "this text is never closed")]
    [InlineData("budget > 3 budget", 11, "unexpected \"budget\"")]
    [InlineData("and budget", 0, "\"and\" needs a value before it.")]
    [InlineData("1.2.3 > 1", 0, "\"1.2.3\" is not a number")]
    [InlineData("budget in [1, 2", 15, "a comma or the closing ]")]
    [InlineData("budget > #", 9, "unexpected \"#\"")]
    public void Parse_BadExpression_SaysWhereAndWhy(string text, int offset, string message)
    {
        var error = Assert.Throws<FlowExpressionException>(() => FlowExpression.Parse(text));

        Assert.Equal(offset, error.Offset);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }
}
