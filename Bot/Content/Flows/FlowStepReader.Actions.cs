using Majordome.Bot.Content.Yaml;
using Majordome.Cards.Products;
using Majordome.Cards.Templates;
using Majordome.Dialogs.Content;
using Majordome.Dialogs.Flows;
using Majordome.Dialogs.Flows.Actions;
using Majordome.Dialogs.Localization;
using YamlDotNet.RepresentationModel;

namespace Majordome.Bot.Content.Flows;

/// <summary>The action and card steps: names checked against the registered actions and the embedded templates.</summary>
internal static partial class FlowStepReader
{
    private static ActionStep? ReadAction(YamlMapping map, YamlValue main, FlowScope scope, FlowReferences references)
    {
        var name = main.AsText();
        var signature = name is null ? null : references.Actions.FirstOrDefault(a => a.Name == name);
        if (name is not null && signature is null)
        {
            var known = references.Actions.Select(a => a.Name).ToList();
            var guess = KeySuggestion.Closest(name, known);
            var hint = guess is null ? string.Empty : $" Did you mean \"{guess}\"?";
            main.Report($"unknown action \"{name}\": the actions are {string.Join(", ", known)}.{hint}");
        }

        var withValue = map.Optional("with");
        if (signature?.AllArguments is { } takes && withValue?.Node is YamlMappingNode)
        {
            // An argument the action does not read would be dropped silently: the marketer meant another one.
            withValue?.AsMapping()?.AllowOnly(takes, argument =>
            {
                var guess = KeySuggestion.Closest(argument, takes);
                var hint = guess is null ? string.Empty : $" Did you mean \"{guess}\"?";
                var list = takes.Count == 0 ? "no argument" : string.Join(", ", takes);
                return $"{name} does not take \"{argument}\": it takes {list}.{hint} To keep another value, store it with set: or send it with a webhook.";
            });
        }

        var arguments = withValue is null ? new Dictionary<string, LocalizedText>(StringComparer.Ordinal) : ReadValues(withValue, scope);
        if (signature is not null && arguments is not null)
        {
            foreach (var missing in signature.RequiredArguments.Where(r => !arguments.ContainsKey(r)))
            {
                (withValue ?? main).Report($"the action \"{name}\" needs \"{missing}\": add it under with: (such as with: {{ {missing}: … }}).");
            }
        }

        var into = map.Optional("into") is { } intoValue ? ReadInto(intoValue, scope) : new Dictionary<string, string>(StringComparer.Ordinal);
        if (name is not null)
        {
            scope.Set(ActionStep.OkVariableOf(name));
        }

        IReadOnlyList<FlowStep>? onError = [];
        if (map.Optional("on-error") is { } onErrorValue)
        {
            // The on-error steps run only when the action fails: what they set is not certain afterwards.
            var failed = scope.Branch();
            onError = ReadBlock(onErrorValue, failed, references);
            scope.Join(failed, scope.Branch());
        }

        var requiredMissing = signature is not null && arguments is not null && signature.RequiredArguments.Any(r => !arguments.ContainsKey(r));
        var badUrl = name == WebhookAction.ActionName && arguments is not null && !IsFixedWebhookUrl(withValue, arguments);
        return signature is null || arguments is null || into is null || onError is null || requiredMissing || badUrl
            ? null
            : new ActionStep(name!, arguments, into, onError);
    }

    /// <summary>A webhook's url, in every language, starts with a fixed scheme and host (<see cref="WebhookUrlRule"/>).</summary>
    private static bool IsFixedWebhookUrl(YamlValue? withValue, Dictionary<string, LocalizedText> arguments)
    {
        if (!arguments.TryGetValue("url", out var url) || withValue?.AsMapping()?.Optional("url") is not { } at)
        {
            return true;
        }

        var problem = WebhookUrlRule.Problem(url.Fr) ?? WebhookUrlRule.Problem(url.En);
        if (problem is not null)
        {
            at.Report(problem);
        }

        return problem is null;
    }

    private static CardStep? ReadCard(YamlMapping map, YamlValue main, FlowScope scope)
    {
        var template = main.AsText();
        if (template is not null && !CardTemplates.Names.Contains(template, StringComparer.Ordinal))
        {
            var guess = KeySuggestion.Closest(template, CardTemplates.Names);
            var hint = guess is null ? string.Empty : $" Did you mean \"{guess}\"?";
            template = main.Report<string>($"card template \"{template}\" not found: the templates in Cards/Templates are {string.Join(", ", CardTemplates.Names)}.{hint}");
        }

        var dataValue = map.Optional("data");
        var data = dataValue is null ? new Dictionary<string, LocalizedText>(StringComparer.Ordinal) : ReadValues(dataValue, scope);
        var productsValue = map.Optional("products");
        ProductQuery? products = null;
        var productsFailed = false;
        if (productsValue is not null && template is not null && template != ProductCarousel.Name)
        {
            productsValue.Report($"products: only applies to the {ProductCarousel.Name} card.");
            productsFailed = true;
        }
        else if (productsValue is not null)
        {
            products = ReadProducts(productsValue, scope);
            productsFailed = products is null;
        }
        else if (template == ProductCarousel.Name)
        {
            main.Report($"a {ProductCarousel.Name} card needs products: to say which products it shows, such as products: {{ where: price <= budget }}.");
            productsFailed = true;
        }

        return template is null || data is null || productsFailed ? null : new CardStep(template, data, products);
    }

    private static ProductQuery? ReadProducts(YamlValue value, FlowScope scope)
    {
        var map = value.AsMapping();
        if (map is null)
        {
            return null;
        }

        map.AllowOnly(["where", "limit", "empty"]);

        // In a product condition, the product's own fields are known as well as the flow's variables.
        var productScope = scope.Branch();
        foreach (var field in ProductQuery.ProductFields)
        {
            productScope.Set(field);
        }

        var whereValue = map.Optional("where");
        var where = whereValue is null ? null : ReadExpression(whereValue, productScope);
        var limitValue = map.Optional("limit");
        var limit = limitValue?.AsDecimal();
        if (limit is not null && (limit != decimal.Truncate(limit.Value) || limit < 1 || limit > ProductCarousel.MaxItems))
        {
            limitValue!.Report($"limit must be a whole number from 1 to {ProductCarousel.MaxItems} (a carousel shows at most {ProductCarousel.MaxItems} products).");
            limit = null;
        }

        var emptyValue = map.Optional("empty");
        var empty = emptyValue?.AsLocalized();
        if (empty is not null)
        {
            CheckPlaceholders(emptyValue!, scope);
        }

        var failed = (whereValue is not null && where is null) || (limitValue is not null && limit is null) || (emptyValue is not null && empty is null);
        return failed ? null : new ProductQuery(where, (int)(limit ?? ProductCarousel.MaxItems), empty);
    }

    /// <summary>Named values (with:, data:), each a plain value or a text per language, {variables} checked.</summary>
    private static Dictionary<string, LocalizedText>? ReadValues(YamlValue value, FlowScope scope)
    {
        var map = value.AsMapping();
        if (map is null)
        {
            return null;
        }

        var values = new Dictionary<string, LocalizedText>(StringComparer.Ordinal);
        var failed = false;
        foreach (var (key, item) in map.Entries)
        {
            var text = ReadValue(item, scope);
            if (text is null)
            {
                failed = true;
                continue;
            }

            values[key] = text;
        }

        return failed ? null : values;
    }

    private static LocalizedText? ReadValue(YamlValue item, FlowScope scope)
    {
        if (item.Node is YamlScalarNode)
        {
            var text = item.AsText();
            if (text is null)
            {
                return null;
            }

            foreach (var (name, offset) in FlowText.Variables(text).Where(v => !scope.IsSet(v.Name)))
            {
                ReportAt(item, offset, UnsetMessage(name, scope));
            }

            return new LocalizedText(text, text);
        }

        // {email} unquoted is YAML for a group with the field "email": the marketer meant the variable.
        if (item.Node is YamlMappingNode { Children: [var (key, only)] } && only is YamlScalarNode { Value: null or "" } && key is YamlScalarNode { Value: { } named }
            && !Languages.All.Contains(named))
        {
            return item.Report<LocalizedText>($"put quotes around a value that starts with a variable: \"{{{named}}}\".");
        }

        var localized = item.AsLocalized();
        if (localized is not null)
        {
            CheckPlaceholders(item, scope);
        }

        return localized;
    }

    private static Dictionary<string, string>? ReadInto(YamlValue value, FlowScope scope)
    {
        var map = value.AsMapping();
        if (map is null)
        {
            return null;
        }

        var into = new Dictionary<string, string>(StringComparer.Ordinal);
        var failed = false;
        foreach (var (key, item) in map.Entries)
        {
            string? variable = key;
            if (!VariableName().IsMatch(key))
            {
                variable = item.Report<string>($"\"{key}\" is not a valid variable name: use letters, digits and _ only, starting with a letter (like order_status).");
            }
            var output = item.AsText();
            if (variable is null || output is null)
            {
                failed = true;
                continue;
            }

            into[variable] = output;
            scope.Set(variable);
        }

        return failed ? null : into;
    }
}
