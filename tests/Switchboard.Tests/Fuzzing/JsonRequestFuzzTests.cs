using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Switchboard.Client;
using Switchboard.Client.Signing;
using Switchboard.CloudApi;
using Switchboard.CloudApi.Parameters;

namespace Switchboard.Tests.Fuzzing;

/// <summary>
/// The binder and ParameterValidator on random JSON bodies for every mapped action: wrong types, unknown and
/// duplicate names, nulls in arrays, numbers past every range, lone-surrogate escapes, deep nesting, broken
/// syntax and invalid UTF-8. Binding either gives a request that honours its contract or is refused with a
/// parameter code and both messages; and whatever the validator accepts, the deserializer reads.
/// </summary>
public sealed class JsonRequestFuzzTests
{
    private const int InputsPerSeed = 2_500;

    /// <summary>The document rules of CloudApiBinder: duplicate names and deep nesting never reach the validator.</summary>
    private static readonly JsonDocumentOptions BinderDocumentOptions = new() { MaxDepth = 32, AllowDuplicateProperties = false };

    private sealed record JsonInput(CloudApiAction Action, byte[] Body)
    {
        public override string ToString() => $"{Action.Name} {FuzzRun.Show(Encoding.UTF8.GetString(Body), 1_500)}";
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Json_bodies_bind_or_are_refused_with_a_parameter_code(int seed)
    {
        int bound = 0;
        FuzzRun.Check(seed, InputsPerSeed, Generate, input =>
        {
            if (ContractChecks.BindOrRefuse(() => BinderHarness.BindJson(input.Action, input.Body), input.Action.RequestType) is not null)
            {
                bound++;
            }
        });
        Assert.InRange(bound, InputsPerSeed / 20, InputsPerSeed * 4 / 5);
    }

    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    public void Whatever_the_validator_accepts_deserializes_into_a_request_that_honours_its_contract(int seed)
    {
        int accepted = 0;
        FuzzRun.Check(seed, InputsPerSeed, Generate, input =>
        {
            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(input.Body, BinderDocumentOptions);
            }
            catch (JsonException)
            {
                return;
            }
            using (document)
            {
                var schema = ParameterSchema.For(input.Action.RequestType);
                try
                {
                    ParameterValidator.Validate(document.RootElement, schema, input.Action.Name);
                }
                catch (Exception e)
                {
                    ContractChecks.AssertRefusal(e);
                    return;
                }
                accepted++;
                object? request = document.RootElement.Deserialize(input.Action.RequestType, CccJson.Options);
                Assert.NotNull(request);
                ContractChecks.AssertHonoursContract(request, input.Action.Name);
            }
        });
        Assert.InRange(accepted, InputsPerSeed / 20, InputsPerSeed * 4 / 5);
    }

    [Theory]
    [InlineData(21)]
    [InlineData(22)]
    public void What_binds_from_json_binds_the_same_from_its_flattened_form(int seed)
    {
        // The two ways one request can arrive (JSON body, flattened pairs) must not disagree on what it is.
        int compared = 0;
        FuzzRun.Check(seed, InputsPerSeed, Generate, input =>
        {
            object sent;
            try
            {
                sent = BinderHarness.BindJson(input.Action, input.Body);
            }
            catch (CloudApiException)
            {
                return;
            }
            var json = JsonSerializer.SerializeToNode(sent, input.Action.RequestType, CccJson.Options)!;
            if (HasEmptyList(json))
            {
                // Flattening drops empty lists and objects, as the Tencent SDKs do; those cannot round-trip.
                return;
            }
            compared++;
            object received = BinderHarness.BindFlat(input.Action, CccParameterFlattener.Flatten(sent));
            Assert.Equal(json.ToJsonString(CccJson.Options), JsonSerializer.Serialize(received, input.Action.RequestType, CccJson.Options));
        });
        Assert.InRange(compared, InputsPerSeed / 20, InputsPerSeed);
    }

    private static bool HasEmptyList(JsonNode? node) => node switch
    {
        JsonArray array => array.Count == 0 || array.Any(HasEmptyList),
        JsonObject obj => obj.Count == 0 || obj.Any(member => HasEmptyList(member.Value)),
        _ => false,
    };

    private static JsonInput Generate(Random random)
    {
        var action = FuzzText.Pick(random, BinderHarness.Actions);
        return new JsonInput(action, JsonRequestInputs.Generate(random, ParameterSchema.For(action.RequestType)));
    }
}
