using Majordome.Bot.Data;
using Majordome.Bot.Hosting;
using Majordome.Bot.Storage;
using Majordome.Bot.Team;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;

namespace Majordome.Tests.Bot.Team;

/// <summary>
/// <c>team add|password|disable|enable|list</c> against a real SQLite file: passwords from the input, stored only as
/// ASP.NET Core Identity hashes; bad input is refused with a message and changes nothing.
/// </summary>
public sealed class TeamCommandTests : IDisposable
{
    private const string Password = "correct horse battery";
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "majordome-team-command", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Add_StoresTheAccountWithAHashedPassword_ThatSignsIn()
    {
        var (code, output) = await RunAsync(["team", "add", "Camille", "--name", "Camille", "--role", "admin"], Password, Password);

        Assert.Equal(0, code);
        Assert.Contains("Account camille created (admin)", output, StringComparison.Ordinal);
        var member = (await Members().FindByUsernameAsync("camille"))!;
        Assert.Equal(("Camille", TeamRoles.Admin, false), (member.DisplayName, member.Role, member.Disabled));
        Assert.DoesNotContain(Password, member.PasswordHash, StringComparison.Ordinal);
        Assert.True(new TeamPasswords().Verify(member.PasswordHash, Password, out _));
    }

    [Theory]
    [InlineData("short", "short", "at least 12 characters")]
    [InlineData(Password, "a different password", "the two passwords differ")]
    public async Task Add_WithABadPassword_CreatesNothing(string password, string again, string message)
    {
        var (code, output) = await RunAsync(["team", "add", "hugo", "--name", "Hugo"], password, again);

        Assert.Equal(1, code);
        Assert.Contains(message, output, StringComparison.Ordinal);
        Assert.Null(await Members().FindByUsernameAsync("hugo"));
    }

    [Theory]
    [InlineData("team", "add", "hugo")]
    [InlineData("team", "add", "hugo", "--name", "Hugo", "--role", "boss")]
    [InlineData("team", "remove", "hugo")]
    public async Task UnknownArguments_PrintTheUsage(params string[] args)
    {
        var (code, output) = await RunAsync(args);

        Assert.Equal(2, code);
        Assert.Contains("usage: team add", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Add_ATakenName_IsRefused_AndTheFirstAccountKeepsItsPassword()
    {
        await RunAsync(["team", "add", "camille", "--name", "Camille"], Password, Password);

        var (code, output) = await RunAsync(["team", "add", "CAMILLE", "--name", "Other"], "another long password", "another long password");

        Assert.Equal(1, code);
        Assert.Contains("already exists", output, StringComparison.Ordinal);
        Assert.True(new TeamPasswords().Verify((await Members().FindByUsernameAsync("camille"))!.PasswordHash, Password, out _));
    }

    [Fact]
    public async Task DisableEnableAndList_ShowTheAccountsState()
    {
        await RunAsync(["team", "add", "camille", "--name", "Camille"], Password, Password);

        Assert.Equal(0, (await RunAsync(["team", "disable", "camille"])).Code);
        var listed = (await RunAsync(["team", "list"])).Output;
        Assert.True((await Members().FindByUsernameAsync("camille"))!.Disabled);
        Assert.Equal(0, (await RunAsync(["team", "enable", "camille"])).Code);

        Assert.Matches("camille +Camille +agent +disabled", listed);
        Assert.False((await Members().FindByUsernameAsync("camille"))!.Disabled);
        Assert.Equal(1, (await RunAsync(["team", "disable", "nobody"])).Code);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private SqlTeamMembers Members() =>
        new(new BusinessDatabase(new SqliteStorageOptions { DataDirectory = _folder, FileName = "majordome.db" }), TimeProvider.System);

    private async Task<(int Code, string Output)> RunAsync(string[] args, params string[] passwords)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Sqlite",
            ["Storage:DataDirectory"] = _folder,
        }).Build();
        var input = new Queue<string>(passwords);
        using var output = new StringWriter();
        var code = await TeamCommand.RunAsync(args, configuration, _ => input.TryDequeue(out var next) ? next : null, output);
        return (code, output.ToString());
    }
}
