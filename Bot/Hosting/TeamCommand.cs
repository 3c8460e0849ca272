using Majordome.Bot.Team;

namespace Majordome.Bot.Hosting;

/// <summary>
/// <c>team add|disable|enable|password|list</c>: manages the team console's accounts in the database the "Storage"
/// section names, without starting the bot. Passwords are read from the input (hidden when it is a terminal), never
/// from the command line, where they would stay in the shell's history and the process list.
/// </summary>
public static class TeamCommand
{
    /// <summary>The command-line argument.</summary>
    public const string Name = "team";

    /// <summary>What the command prints when its arguments are not understood.</summary>
    public const string Usage = """
        usage: team add <username> --name "<name customers see>" [--role agent|admin]
                                      create an account (role agent by default); the password is read from the input
               team password <username>     set a new password (signs the account out everywhere)
               team disable <username>      the account can no longer sign in (signed out at once)
               team enable <username>       allow it again
               team list                    every account: username, name, role, state
        Passwords have at least 12 characters. The accounts are stored in the database of the "Storage" settings.
        """;

    /// <summary>Whether <paramref name="args"/> ask for this command.</summary>
    public static bool IsRequested(string[] args) => args is [Name, ..];

    /// <summary>Runs the command; <paramref name="readPassword"/> reads a password (a prompt is given).</summary>
    public static async Task<int> RunAsync(string[] args, IConfiguration configuration, Func<string, string?> readPassword, TextWriter output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(readPassword);
        ArgumentNullException.ThrowIfNull(output);
        var services = new ServiceCollection().AddLogging().AddSingleton(configuration).AddSingleton(TimeProvider.System)
            .AddMajordomeStorage(configuration).AddMajordomeData().AddMajordomeTeamAccounts();
        await using var provider = services.BuildServiceProvider();
        var members = provider.GetRequiredService<SqlTeamMembers>();
        var passwords = provider.GetRequiredService<TeamPasswords>();
        try
        {
            switch (args)
            {
                case [Name, "add", var username, .. var options] when TryParseAdd(options, out var displayName, out var role):
                    return await AddAsync(members, passwords, username, displayName, role, readPassword, output, cancellationToken).ConfigureAwait(false);
                case [Name, "password", var username]:
                    return await SetPasswordAsync(members, passwords, username, readPassword, output, cancellationToken).ConfigureAwait(false);
                case [Name, "disable" or "enable", var username]:
                    var disable = args[1] == "disable";
                    if (!await members.SetDisabledAsync(username, disable, cancellationToken).ConfigureAwait(false))
                    {
                        return await FailAsync(output, $"No account named \"{username}\" (see: team list).").ConfigureAwait(false);
                    }

                    await output.WriteLineAsync($"{TeamUsername.Normalize(username)} is {(disable ? "disabled: it can no longer sign in, and its open sessions are closed" : "enabled again")}.").ConfigureAwait(false);
                    return 0;
                case [Name, "list"]:
                    var all = await members.ListAsync(cancellationToken).ConfigureAwait(false);
                    foreach (var member in all)
                    {
                        var state = member.Disabled ? "disabled" : member.LockedUntil is { } until && until > DateTimeOffset.UtcNow ? $"locked until {until:yyyy-MM-dd HH:mm} UTC" : "active";
                        await output.WriteLineAsync($"{member.Username,-24} {member.DisplayName,-24} {member.Role,-6} {state}").ConfigureAwait(false);
                    }

                    await output.WriteLineAsync($"{all.Count} account(s).").ConfigureAwait(false);
                    return 0;
                default:
                    await output.WriteLineAsync(Usage).ConfigureAwait(false);
                    return 2;
            }
        }
        catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            return await FailAsync(output, $"Could not reach the database of the \"Storage\" settings: {e.Message}").ConfigureAwait(false);
        }
    }

    private static async Task<int> AddAsync(SqlTeamMembers members, TeamPasswords passwords, string username, string displayName, string role, Func<string, string?> readPassword, TextWriter output, CancellationToken cancellationToken)
    {
        if (!TeamUsername.IsValid(username))
        {
            return await FailAsync(output, "A username has 2 to 64 letters, digits, dots, dashes, underscores or @ (for example camille or camille.martin).").ConfigureAwait(false);
        }

        if (await members.FindByUsernameAsync(username, cancellationToken).ConfigureAwait(false) is not null)
        {
            return await FailAsync(output, $"An account named \"{TeamUsername.Normalize(username)}\" already exists (team password {TeamUsername.Normalize(username)} sets a new password).").ConfigureAwait(false);
        }

        var (password, problem) = ReadNewPassword(readPassword);
        if (password is null)
        {
            return await FailAsync(output, $"No account created: {problem}").ConfigureAwait(false);
        }

        if (!await members.AddAsync(username, displayName, role, passwords.Hash(password), cancellationToken).ConfigureAwait(false))
        {
            return await FailAsync(output, $"An account named \"{TeamUsername.Normalize(username)}\" already exists.").ConfigureAwait(false);
        }

        await output.WriteLineAsync($"Account {TeamUsername.Normalize(username)} created ({role}); customers will read \"{displayName}\". Sign in at /team.").ConfigureAwait(false);
        return 0;
    }

    private static async Task<int> SetPasswordAsync(SqlTeamMembers members, TeamPasswords passwords, string username, Func<string, string?> readPassword, TextWriter output, CancellationToken cancellationToken)
    {
        if (await members.FindByUsernameAsync(username, cancellationToken).ConfigureAwait(false) is null)
        {
            return await FailAsync(output, $"No account named \"{username}\" (see: team list).").ConfigureAwait(false);
        }

        var (password, problem) = ReadNewPassword(readPassword);
        if (password is null)
        {
            return await FailAsync(output, $"Password unchanged: {problem}").ConfigureAwait(false);
        }

        await members.SetPasswordAsync(username, passwords.Hash(password), cancellationToken).ConfigureAwait(false);
        await output.WriteLineAsync($"New password set for {TeamUsername.Normalize(username)}; its open sessions are closed.").ConfigureAwait(false);
        return 0;
    }

    private static (string? Password, string? Problem) ReadNewPassword(Func<string, string?> readPassword)
    {
        var password = readPassword("Password: ");
        if (TeamPasswords.Problem(password) is { } problem)
        {
            return (null, problem);
        }

        return readPassword("Again: ") == password ? (password, null) : (null, "the two passwords differ.");
    }

    private static bool TryParseAdd(string[] options, out string displayName, out string role)
    {
        displayName = string.Empty;
        role = TeamRoles.Agent;
        for (var i = 0; i < options.Length; i++)
        {
            switch (options[i])
            {
                case "--name" when i + 1 < options.Length && options[i + 1].Trim() is { Length: > 0 and <= 60 } name:
                    displayName = name;
                    i++;
                    break;
                case "--role" when i + 1 < options.Length && TeamRoles.IsKnown(options[i + 1]):
                    role = options[i + 1];
                    i++;
                    break;
                default:
                    return false;
            }
        }

        return displayName.Length > 0;
    }

    private static async Task<int> FailAsync(TextWriter output, string message)
    {
        await output.WriteLineAsync(message).ConfigureAwait(false);
        return 1;
    }
}
