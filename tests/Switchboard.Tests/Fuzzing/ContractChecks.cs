using System.Collections;
using System.Reflection;
using System.Runtime.CompilerServices;
using Switchboard.CloudApi;

namespace Switchboard.Tests.Fuzzing;

/// <summary>What binding promises a handler and a caller, checked on every outcome.</summary>
internal static class ContractChecks
{
    /// <summary>The only codes parameter handling may answer.</summary>
    public static readonly string[] ParameterCodes =
        [ErrorCodes.InvalidRequest, ErrorCodes.MissingParameter, ErrorCodes.InvalidParameter, ErrorCodes.UnknownParameter];

    /// <summary>A refusal is a CloudApiException with a parameter code and a message in both languages.</summary>
    public static CloudApiException AssertRefusal(Exception thrown)
    {
        var error = Assert.IsType<CloudApiException>(thrown);
        Assert.Contains(error.Code, ParameterCodes);
        Assert.False(string.IsNullOrWhiteSpace(error.Message), "no English message");
        Assert.False(string.IsNullOrWhiteSpace(error.MessageZh), "no Chinese message");
        Assert.True(error.MessageZh!.Any(c => c is >= '\u4e00' and <= '\u9fff'), $"not Chinese: {error.MessageZh}");
        Assert.NotEqual(error.Message, error.MessageZh);
        return error;
    }

    /// <summary>Runs <paramref name="bind"/>; answers the request, or null after checking the refusal.</summary>
    public static object? BindOrRefuse(Func<object> bind, Type requestType)
    {
        object request;
        try
        {
            request = bind();
        }
        catch (Exception e)
        {
            AssertRefusal(e);
            return null;
        }
        Assert.IsType(requestType, request);
        AssertHonoursContract(request, requestType.Name);
        return request;
    }

    /// <summary>
    /// Handlers trust the contract types: required members are set and no list holds a null (none of the
    /// contracts declares nullable elements), all the way down.
    /// </summary>
    public static void AssertHonoursContract(object request, string path)
    {
        foreach (var property in request.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            object? value = property.GetValue(request);
            string at = $"{path}.{property.Name}";
            if (value is null)
            {
                Assert.False(property.IsDefined(typeof(RequiredMemberAttribute)), $"required {at} is null");
                continue;
            }
            if (value is IEnumerable items and not string)
            {
                int index = 0;
                foreach (object? item in items)
                {
                    Assert.True(item is not null, $"{at}.{index} is null");
                    CheckNested(item, $"{at}.{index++}");
                }
                continue;
            }
            CheckNested(value, at);
        }
    }

    private static void CheckNested(object value, string at)
    {
        if (!value.GetType().IsPrimitive && value is not string && value.GetType().IsClass)
        {
            AssertHonoursContract(value, at);
        }
    }
}
