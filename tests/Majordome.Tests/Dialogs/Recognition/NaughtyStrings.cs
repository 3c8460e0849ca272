namespace Majordome.Tests.Dialogs.Recognition;

/// <summary>Inputs that must never crash a recognizer nor be taken for an answer.</summary>
public static class NaughtyStrings
{
    public static TheoryData<string?> All { get; } =
    [
        null,
        "",
        " ",
        "   \t\n  ",
        "\u00A0\u202F",
        "null",
        "NULL",
        "undefined",
        "'; DELETE FROM users; --",
        "' OR ''='",
        "<script>alert('x')</script>",
        "{{ user.name }}",
        "%s%s%s%n",
        "😀😃😄",
        "\uD800",
        "\u200B\u200D",
        "\u0000",
        "Ａｒｐｅｇｇｉｏ",
        new string('a', 20_000),
        string.Join(' ', Enumerable.Repeat("blabla", 3_000)),
    ];
}
