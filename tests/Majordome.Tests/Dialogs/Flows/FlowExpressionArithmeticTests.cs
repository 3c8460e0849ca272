using Majordome.Dialogs.Flows;

namespace Majordome.Tests.Dialogs.Flows;

/// <summary>Arithmetic, text, length, contains, today, now and dates in flow expressions.</summary>
public sealed class FlowExpressionArithmeticTests
{
    private static readonly Dictionary<string, object?> Variables = new()
    {
        ["budget"] = 60m,
        ["people"] = 4m,
        ["name"] = "Marie",
        ["comment"] = "Le café était trop amer",
        ["birthday"] = "1990-03-14",
        ["visit"] = "2026-12-24 20:30",
        ["empty"] = null,
        [FlowExpression.Today] = new DateOnly(2026, 11, 25),
        [FlowExpression.Now] = new DateTime(2026, 11, 25, 16, 0, 0),
    };

    [Theory]
    [InlineData("budget + 10", 70)]
    [InlineData("budget - 2 * people", 52)]
    [InlineData("(budget - 2) * people", 232)]
    [InlineData("budget / people", 15)]
    [InlineData("-budget + 1", -59)]
    [InlineData("length(name)", 5)]
    [InlineData("length(empty)", 0)]
    [InlineData("today - birthday", 13405)]
    public void Evaluate_Numbers(string text, int expected) =>
        Assert.Equal((decimal)expected, FlowExpression.Parse(text).Evaluate(Variables));

    [Fact]
    public void Evaluate_DivisionByZero_IsEmptyNotAnError() =>
        Assert.Null(FlowExpression.Parse("budget / (people - 4)").Evaluate(Variables));

    [Theory]
    [InlineData("\"Bonjour \" + name", "Bonjour Marie")]
    [InlineData("name + \" (\" + people + \")\"", "Marie (4)")]
    public void Evaluate_TextConcatenation(string text, string expected) =>
        Assert.Equal(expected, FlowExpression.Parse(text).Evaluate(Variables));

    [Theory]
    [InlineData("today - 18y", "2008-11-25")]
    [InlineData("birthday + 1m", "1990-04-14")]
    [InlineData("today + 2w", "2026-12-09")]
    [InlineData("today", "2026-11-25")]
    public void Evaluate_DateArithmetic(string text, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), FlowExpression.Parse(text).Evaluate(Variables));

    [Theory]
    [InlineData("birthday <= today - 18y", true)]
    [InlineData("birthday > 2000-01-01", false)]
    [InlineData("visit > now", true)]
    [InlineData("visit < now + 2d", false)]
    [InlineData("now + 2h > now", true)]
    [InlineData("comment contains \"amer\"", true)]
    [InlineData("comment contains \"AMER\"", true)]
    [InlineData("comment contains \"sucré\"", false)]
    [InlineData("length(comment) > 10 and not (comment contains \"parfait\")", true)]
    [InlineData("name + \"!\" == \"marie!\"", true)]
    public void IsTrue_WithDatesTextAndArithmetic(string text, bool expected) =>
        Assert.Equal(expected, FlowExpression.Parse(text).IsTrue(Variables));

    [Fact]
    public void Variables_DoNotListTodayNowOrFunctions() =>
        Assert.Equal(["birthday", "name"], FlowExpression.Parse("birthday < today - 18y and length(name) > 0 and now > today").Variables);

    [Theory]
    [InlineData("length(name", "the closing )")]
    [InlineData("lenght(name)", "unknown function \"lenght\": did you mean length?")]
    [InlineData("budget * ", "stops too early")]
    public void Parse_Mistake_SaysWhatIsExpected(string text, string message)
    {
        var error = Assert.Throws<FlowExpressionException>(() => FlowExpression.Parse(text));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }
}
