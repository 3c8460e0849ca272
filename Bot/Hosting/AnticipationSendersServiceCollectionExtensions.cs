using Majordome.Dialogs.Anticipation;
using Majordome.Dialogs.Anticipation.BackInStock;
using Majordome.Dialogs.Anticipation.Bookings;
using Majordome.Dialogs.Anticipation.Flows;
using Majordome.Dialogs.Anticipation.Orders;
using Majordome.Dialogs.Anticipation.Reorder;
using Microsoft.Extensions.DependencyInjection;

namespace Majordome.Bot.Hosting;

/// <summary>
/// What the assistant sends first: the composer of each kind, the options of when it is due, and the services the
/// conversations schedule with. Needs an <see cref="IProactiveScheduler"/> and an <see cref="IProactiveConsents"/>
/// registered beside it (the durable scheduler and the consent store).
/// </summary>
public static class AnticipationSendersServiceCollectionExtensions
{
    /// <summary>Registers the composers and the conversations' <see cref="AnticipationServices"/>.</summary>
    public static IServiceCollection AddMajordomeAnticipationSenders(this IServiceCollection services)
    {
        services.AddOptions<AnticipationOptions>().BindConfiguration(AnticipationOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<AnticipationServices>();
        services.AddSingleton<IProactiveMessageComposer, ReorderComposer>();
        services.AddSingleton<IProactiveMessageComposer, BookingReminderComposer>();
        services.AddSingleton<IProactiveMessageComposer, BookingThanksComposer>();
        services.AddSingleton<IProactiveMessageComposer, OrderUpdateComposer>();
        services.AddSingleton<IProactiveMessageComposer, BackInStockComposer>();
        services.AddSingleton<IProactiveMessageComposer, FlowMessageComposer>();
        services.AddSingleton<IProactiveMessageComposer, Majordome.Bot.Anticipation.Flows.FlowWaitComposer>();
        return services;
    }
}
