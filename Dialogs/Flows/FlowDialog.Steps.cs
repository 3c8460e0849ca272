using Majordome.Cards;
using Majordome.Cards.Products;
using Majordome.Cards.Templating;
using Majordome.Dialogs.Channels;
using Majordome.Dialogs.Choices;
using Majordome.Dialogs.Content;
using Majordome.Dialogs.Conversations;
using Majordome.Dialogs.Flows.Actions;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json.Linq;

namespace Majordome.Dialogs.Flows;

/// <summary>
/// The flow steps that reach outside the conversation: actions and cards. Neither ever lets an error reach the
/// customer: a failed action is logged, its ok variable set to false and the flow goes on (through its on-error
/// steps when it has some); a card that cannot be made is logged and left out.
/// </summary>
public sealed partial class FlowDialog
{
    private async Task<FlowOutcome?> RunActionAsync(ITurnContext turn, ActionStep action, FlowRun run, string language, CancellationToken cancellationToken)
    {
        var values = run.Values();
        var arguments = action.Arguments.ToDictionary(
            a => a.Key,
            a => IsAddress(action.Name, a.Key) ? FlowText.FillUrl(a.Value.In(language), values, language) : Argument(a.Value.In(language), values, language),
            StringComparer.Ordinal);
        var result = await ExecuteAsync(turn, action, arguments, language, cancellationToken).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            LogActionFailed(_services.Logger, _flow.Id, action.Name, result.Failure ?? "unknown");
        }

        run.Set(action.OkVariable, result.Succeeded);
        foreach (var (variable, output) in action.Into)
        {
            run.Set(variable, result.Succeeded ? result.Outputs.GetValueOrDefault(output) : null);
        }

        return result.Succeeded ? result.Outcome : null;
    }

    private async Task<FlowActionResult> ExecuteAsync(ITurnContext turn, ActionStep action, Dictionary<string, object?> arguments, string language, CancellationToken cancellationToken)
    {
        if (_services.Actions.Find(action.Name) is not { } registered)
        {
            return FlowActionResult.Failed("no action of this name is registered");
        }

        using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timer.CancelAfter(TimeSpan.FromSeconds(_services.Options.ActionTimeoutSeconds));
        try
        {
            var context = new FlowActionContext(turn, _flow.Id, language, arguments, [.. action.Into.Values]);
            return await registered.ExecuteAsync(context, timer.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return FlowActionResult.Failed($"it took longer than {_services.Options.ActionTimeoutSeconds} s");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // An extension point may throw anything; only its type is logged (a message may carry customer data).
            return FlowActionResult.Failed("it threw " + e.GetType().Name);
        }
    }

    /// <summary>
    /// Whether an argument is an address, whose variables are percent-encoded: the webhook's url only. Another
    /// action's argument that happens to be named "url" is text like any other.
    /// </summary>
    private static bool IsAddress(string action, string argument) =>
        action == WebhookAction.ActionName && argument == "url";

    /// <summary>A <c>with:</c> value: "{name}" alone is the variable as it is; any other text is filled.</summary>
    private static object? Argument(string text, IReadOnlyDictionary<string, object?> values, string language)
    {
        var trimmed = text.Trim();
        if (trimmed.Length > 2 && trimmed[0] == '{' && trimmed[^1] == '}' && FlowText.Variables(trimmed).ToList() is [var only] && only.Offset <= 1
            && trimmed.Length == only.Name.Length + 2)
        {
            return values.GetValueOrDefault(only.Name);
        }

        return FlowText.FillPlain(text, values, language);
    }

    private async Task SendCardAsync(ITurnContext turn, CardStep card, IReadOnlyDictionary<string, object?> values, string language, CancellationToken cancellationToken)
    {
        try
        {
            if (card.Products is { } query)
            {
                var products = Select(query, values);
                if (products.Count == 0)
                {
                    if (query.Empty is { } empty)
                    {
                        await turn.SendActivityAsync(MessageFactory.Text(FlowText.Fill(empty.In(language), values, language)), cancellationToken).ConfigureAwait(false);
                    }

                    return;
                }

                var items = products.Select(p => CardData.For(p, language)).ToList();
                await turn.SendActivityAsync(CardMessage.Carousel(turn.Channel(), ProductCarousel.Create(items, language), ProductCarousel.ToText(items, language)), cancellationToken).ConfigureAwait(false);
                return;
            }

            var data = new JObject();
            foreach (var (name, text) in card.Data)
            {
                data[name] = FlowText.FillPlain(text.In(language), values, language);
            }

            var fallback = string.Join(" — ", card.Data.Values.Select(t => FlowText.FillPlain(t.In(language), values, language)));
            await turn.SendActivityAsync(CardMessage.Create(turn.Channel(), TemplateCard.Create(card.Template, data, language, fallback), fallback), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is TemplateException or ArgumentException or InvalidOperationException or FormatException)
        {
            LogCardFailed(_services.Logger, _flow.Id, card.Template, e.GetType().Name);
        }
    }

    private List<Product> Select(ProductQuery query, IReadOnlyDictionary<string, object?> values)
    {
        if (_services.Catalog is not { } catalog)
        {
            return [];
        }

        return [.. catalog.Products.Where(p => p.InStock && (query.Where is null || query.Where.IsTrue(WithProduct(values, p)))).Take(Math.Min(query.Limit, ProductCarousel.MaxItems))];
    }

    /// <summary>The flow's variables and the product's fields (which win over a variable of the same name).</summary>
    private static Dictionary<string, object?> WithProduct(IReadOnlyDictionary<string, object?> values, Product product)
    {
        var all = new Dictionary<string, object?>(values, StringComparer.Ordinal)
        {
            ["price"] = product.Price,
            ["intensity"] = product.Capsule is { } capsule ? (decimal)capsule.Intensity : null,
            ["category"] = product.Category.ToString().ToLowerInvariant(),
            ["decaf"] = product.Name.En.Contains("decaf", StringComparison.OrdinalIgnoreCase) || product.Name.Fr.Contains("déca", StringComparison.OrdinalIgnoreCase),
            ["sku"] = product.Sku,
            ["stock"] = (decimal)product.Stock,
        };
        return all;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Flow {FlowId}: the action {Action} failed and the flow goes on: {Reason}")]
    private static partial void LogActionFailed(ILogger logger, string flowId, string action, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Flow {FlowId}: the card {Template} could not be made and is left out ({Error})")]
    private static partial void LogCardFailed(ILogger logger, string flowId, string template, string error);
}
