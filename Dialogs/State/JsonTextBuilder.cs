using System.Text;

namespace Majordome.Dialogs.State;

/// <summary>
/// One <see cref="StringBuilder"/> per thread for writing state properties as text: a turn writes several, each a
/// few kilobytes, and a new builder per property grew through a chain of chunks that became garbage at once.
/// </summary>
internal static class JsonTextBuilder
{
    // Builders that grew past this (an unusually large property) are let go rather than kept for the thread's life.
    private const int MaxKeptCapacity = 64 * 1024;

    [ThreadStatic]
    private static StringBuilder? _cached;

    /// <summary>An empty builder: the thread's own when it is free, a new one otherwise.</summary>
    public static StringBuilder Rent()
    {
        var builder = _cached;
        if (builder is null)
        {
            return new StringBuilder(4096);
        }

        _cached = null;
        return builder.Clear();
    }

    /// <summary>Gives <paramref name="builder"/> back for the thread's next property.</summary>
    public static void Return(StringBuilder builder)
    {
        if (builder.Capacity <= MaxKeptCapacity)
        {
            _cached = builder;
        }
    }
}
