// API Gateway: two documentation pages (v1 and v2) under one prefix; resource types with two ARN formats.
import { expectTypeOf } from "vitest";
import { apigateway } from "aws-iam-catalog";

// One name, two formats → two builders named after the parameter only each has.
expectTypeOf(apigateway.arn.stageByApiId({ region: "us-east-1", apiId: "a1", stageName: "prod" })).toEqualTypeOf<"arn:aws:apigateway:us-east-1::/apis/a1/stages/prod">();
expectTypeOf(apigateway.arn.stageByRestApiId({ region: "us-east-1", restApiId: "r1", stageName: "prod" })).toEqualTypeOf<"arn:aws:apigateway:us-east-1::/restapis/r1/stages/prod">();
// @ts-expect-error there is no ambiguous "stage" builder
apigateway.arn.stage;
// @ts-expect-error the v1 format takes a restApiId
apigateway.arn.stageByRestApiId({ region: "us-east-1", apiId: "a1", stageName: "prod" });
expectTypeOf(apigateway.resourceTypeInfo.Stage.arnFormats).toEqualTypeOf<
  readonly [
    "arn:${Partition}:apigateway:${Region}::/apis/${ApiId}/stages/${StageName}",
    "arn:${Partition}:apigateway:${Region}::/restapis/${RestApiId}/stages/${StageName}",
  ]
>();

const parsed = apigateway.parseArn("arn:aws:apigateway:us-east-1::/restapis/r1/stages/prod");
expectTypeOf<Extract<typeof parsed, { resourceType: "Stage" }>>().toEqualTypeOf<
  | { readonly resourceType: "Stage"; readonly partition: string; readonly region: string; readonly apiId: string; readonly stageName: string }
  | { readonly resourceType: "Stage"; readonly partition: string; readonly region: string; readonly restApiId: string; readonly stageName: string }
>();

expectTypeOf(apigateway.actions.CreatePortal).toEqualTypeOf<"apigateway:CreatePortal">();
expectTypeOf(apigateway.actionInfo.CreatePortal.resourceTypes[0].name).toEqualTypeOf<"Portal">();
expectTypeOf(apigateway.referencePages).toEqualTypeOf<readonly import("aws-iam-catalog").ReferencePage[]>();

expectTypeOf<apigateway.ConditionKeys["apigateway:Request/ApiKeyRequired"]>().toEqualTypeOf<boolean[]>();
expectTypeOf<apigateway.ConditionKeys["apigateway:Request/CognitoUserPoolArn"]>().toEqualTypeOf<string>();
const condition: apigateway.Condition = {
  "ForAnyValue:Bool": { "apigateway:Request/ApiKeyRequired": true },
  "ForAllValues:StringEquals": { "apigateway:Request/EndpointType": ["REGIONAL"] },
  NumericGreaterThan: { "apigateway:Request/Priority": 1 },
};
// @ts-expect-error ApiKeyRequired is ArrayOfBool: a set operator, and booleans
const wrong: apigateway.Condition = { "ForAnyValue:Bool": { "apigateway:Request/EndpointType": true } };

export { condition, wrong };
