namespace Majordome.Tests.Bot.Messenger;

/// <summary>One Messenger host shared by the tests of a class (starting a host costs seconds); tests keep their events apart by mid.</summary>
public sealed class MessengerHostFixture : IDisposable
{
    internal MessengerHost Host { get; } = new();

    public void Dispose() => Host.Dispose();
}
