using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Majordome.Bot.Hosting;

/// <summary>Wraps the last registration of a singleton service in a decorator, keeping how the original is built.</summary>
internal static class ServiceDecoration
{
    /// <summary>Replaces the registration of <typeparamref name="TService"/> by <paramref name="decorate"/> around it.</summary>
    public static void Decorate<TService>(IServiceCollection services, Func<IServiceProvider, TService, TService> decorate)
        where TService : class
    {
        var existing = services.LastOrDefault(d => d.ServiceType == typeof(TService))
            ?? throw new InvalidOperationException($"{typeof(TService).Name} must be registered before it is decorated.");
        Func<IServiceProvider, TService> inner = existing switch
        {
            { ImplementationType: { } type } => sp => (TService)ActivatorUtilities.CreateInstance(sp, type),
            { ImplementationFactory: { } factory } => sp => (TService)factory(sp),
            { ImplementationInstance: TService instance } => _ => instance,
            _ => throw new InvalidOperationException($"The registration of {typeof(TService).Name} cannot be decorated."),
        };
        services.RemoveAll<TService>();
        services.AddSingleton(sp => decorate(sp, inner(sp)));
    }
}
