using System.Text.Json;
using Switchboard.Client;
using Switchboard.Client.Signing;
using Switchboard.CloudApi;
using Switchboard.CloudApi.Parameters;

namespace Switchboard.Tests.Fuzzing;

/// <summary>
/// FlatParameters.ToJson and the binder behind it on random flattened parameters for every mapped action:
/// the only failure is a CloudApiException with a parameter code and both messages; what ToJson builds fails
/// validation at most for a missing parameter; what validation passes deserializes into a request that honours
/// its contract; and a request flattened the way the client sends it binds back to itself.
/// </summary>
public sealed class FlatParametersFuzzTests
{
    private const int InputsPerSeed = 2_500;

    /// <summary>An action and the flattened parameters sent to it.</summary>
    private sealed record FlatInput(CloudApiAction Action, List<KeyValuePair<string, string>> Parameters)
    {
        public override string ToString()
            => $"{Action.Name} [{string.Join(", ", Parameters.Take(30).Select(p => FuzzRun.Show(p.Key, 60) + "=" + FuzzRun.Show(p.Value, 60)))}]";
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Flat_parameters_bind_or_are_refused_with_a_parameter_code(int seed)
    {
        int rebuilt = 0, bound = 0;
        FuzzRun.Check(seed, InputsPerSeed, Generate, input =>
        {
            var schema = ParameterSchema.For(input.Action.RequestType);
            if (RebuildAndValidate(input, schema))
            {
                rebuilt++;
            }
            if (ContractChecks.BindOrRefuse(() => BinderHarness.BindFlat(input.Action, input.Parameters), input.Action.RequestType) is not null)
            {
                bound++;
            }
        });
        // Both outcomes must be common, or the property only ever looked at one of them.
        Assert.InRange(rebuilt, InputsPerSeed / 5, InputsPerSeed * 4 / 5);
        Assert.InRange(bound, InputsPerSeed / 10, InputsPerSeed * 4 / 5);
    }

    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    public void Requests_flattened_by_the_client_bind_back_to_themselves(int seed)
    {
        FuzzRun.Check(seed, InputsPerSeed, random =>
        {
            var action = FuzzText.Pick(random, BinderHarness.Actions);
            var json = JsonRequestInputs.Conforming(random, ParameterSchema.For(action.RequestType));
            return (Action: action, Json: json.ToJsonString(CccJson.Options), Shuffle: random.Next());
        }, input =>
        {
            object sent = BinderHarness.BindJson(input.Action, System.Text.Encoding.UTF8.GetBytes(input.Json));
            var flattened = CccParameterFlattener.Flatten(sent);
            // Servers receive pairs in any order; rebuilding must not depend on it.
            new Random(input.Shuffle).Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(flattened));
            object received = BinderHarness.BindFlat(input.Action, flattened);
            Assert.Equal(JsonSerializer.Serialize(sent, input.Action.RequestType, CccJson.Options),
                JsonSerializer.Serialize(received, input.Action.RequestType, CccJson.Options));
        }, input => $"{input.Action.Name} {FuzzRun.Show(input.Json, 2_000)}");
    }

    /// <summary>
    /// ToJson directly, then what the binder does with its output; answers whether ToJson succeeded. Its output
    /// has the schema's shape by construction, so only a missing required parameter may fail validation, and
    /// whatever validates must deserialize.
    /// </summary>
    private static bool RebuildAndValidate(FlatInput input, ParameterSchema schema)
    {
        System.Text.Json.Nodes.JsonObject json;
        try
        {
            json = FlatParameters.ToJson(input.Parameters, schema, input.Action.Name);
        }
        catch (Exception e)
        {
            ContractChecks.AssertRefusal(e);
            return false;
        }
        using var document = JsonSerializer.SerializeToDocument(json);
        try
        {
            ParameterValidator.Validate(document.RootElement, schema, input.Action.Name);
        }
        catch (Exception e)
        {
            Assert.Equal(ErrorCodes.MissingParameter, ContractChecks.AssertRefusal(e).Code);
            return true;
        }
        object? request = document.RootElement.Deserialize(input.Action.RequestType, CccJson.Options);
        Assert.NotNull(request);
        ContractChecks.AssertHonoursContract(request, input.Action.Name);
        return true;
    }

    /// <summary>Random pairs, or a valid request flattened by the client with a little damage on top.</summary>
    private static FlatInput Generate(Random random)
    {
        var action = FuzzText.Pick(random, BinderHarness.Actions);
        var schema = ParameterSchema.For(action.RequestType);
        if (random.Next(3) > 0)
        {
            return new FlatInput(action, FlatParameterInputs.Generate(random, schema));
        }
        using var document = JsonDocument.Parse(JsonRequestInputs.Conforming(random, schema).ToJsonString());
        object request = document.RootElement.Deserialize(action.RequestType, CccJson.Options)!;
        var pairs = CccParameterFlattener.Flatten(request);
        if (random.Next(3) == 0)
        {
            pairs.Add(FlatParameterInputs.Generate(random, schema)[0]);
        }
        return new FlatInput(action, pairs);
    }
}
