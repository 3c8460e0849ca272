using System.Text;

namespace Majordome.Bot.Hosting;

/// <summary>Reads a password for a command: hidden from a terminal, or one line of redirected input (scripts, CI).</summary>
public static class ConsolePassword
{
    /// <summary>Shows <paramref name="prompt"/> and reads the password; null at the end of the input.</summary>
    public static string? Read(string prompt)
    {
        if (Console.IsInputRedirected)
        {
            return Console.In.ReadLine();
        }

        Console.Error.Write(prompt);
        var password = new StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter)
            {
                Console.Error.WriteLine();
                return password.ToString();
            }

            if (key.Key == ConsoleKey.Backspace)
            {
                if (password.Length > 0)
                {
                    password.Length--;
                }

                continue;
            }

            if (!char.IsControl(key.KeyChar))
            {
                password.Append(key.KeyChar);
            }
        }
    }
}
