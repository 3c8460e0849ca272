namespace Majordome.Dialogs.Commerce;

/// <summary>
/// Which French postal codes Majordome delivers to. Checked by shape and department, not against the postal
/// service's list: a mistyped but plausible code is the courier's problem, an impossible one is caught here.
/// </summary>
public static class FrenchPostalCode
{
    /// <summary>
    /// True for five digits whose department is 01 to 95 (Corsica's 2A and 2B are written 20xxx in postal codes) or
    /// an overseas department 971 to 976. Monaco (980xx), the Pacific territories (986–988) and 00xxx, 96xxx, 99xxx
    /// are refused.
    /// </summary>
    public static bool IsValid(string? code)
    {
        if (code is not { Length: 5 } || !code.All(char.IsAsciiDigit))
        {
            return false;
        }

        var department = (code[0] - '0') * 10 + (code[1] - '0');
        if (department is >= 1 and <= 95)
        {
            return true;
        }

        return department == 97 && code[2] is >= '1' and <= '6';
    }
}
