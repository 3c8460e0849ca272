using Majordome.Bot.Content;

namespace Majordome.Tests.Bot.Content;

/// <summary>Checks that a problem says where it is (file, line, column, field) and what is wrong.</summary>
public static class ProblemAssert
{
    public static void At(ContentProblem problem, string file, int line, int column, string field, string message)
    {
        Assert.Equal(file, problem.File);
        Assert.Equal(field, problem.Field);
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
        Assert.Equal((line, column), (problem.Line, problem.Column));
    }
}
