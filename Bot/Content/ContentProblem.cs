namespace Majordome.Bot.Content;

/// <summary>One thing wrong in the brand content, located precisely enough for a marketer to fix it.</summary>
/// <param name="File">The file name, such as "catalog.yaml".</param>
/// <param name="Line">The 1-based line, or 0 when the problem is the whole file (for example, it is missing).</param>
/// <param name="Column">The 1-based column, or 0 with <paramref name="Line"/>.</param>
/// <param name="Field">The field's path, such as "products[3].price"; empty for the whole file.</param>
/// <param name="Message">What is wrong and how to fix it, in plain language.</param>
public sealed record ContentProblem(string File, int Line, int Column, string Field, string Message)
{
    /// <summary>For example: catalog.yaml, line 12, column 12, field "products[3].price": the price cannot be negative.</summary>
    public override string ToString()
    {
        var where = Line > 0 ? $"{File}, line {Line}, column {Column}" : File;
        return Field.Length > 0 ? $"{where}, field \"{Field}\": {Message}" : $"{where}: {Message}";
    }
}
