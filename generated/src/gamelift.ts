/*! generated from snapshots/ - do not edit */

import type {
  ActionInfoOf,
  ActionOf,
  ActionsByAccessLevelOf,
  ActionsOf,
  ArnBuildersOf,
  ArnParser,
  ConditionBlock,
  ConditionKeyInfo,
  ConditionKeysOf,
  ParsedArnsOf,
  ReferencePage,
  ResourceTypeInfoOf,
  StatementOf,
} from "./_types.js";
import { arnBuilders, arnParser, decodeActions, decodeConditionKeys, decodeResourceTypes } from "./_runtime.js";
/** The service prefix. */
export const prefix: "gamelift" = "gamelift";
/** The service's name in the reference. */
export const serviceName: "Amazon GameLift Servers" = "Amazon GameLift Servers";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon GameLift Servers",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazongameliftservers.html",
  },
];
const conditionKeyList = ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] as const;
const dependentActionList = [
  "autoscaling:DescribeAutoScalingGroups",
  "ec2:DescribeAvailabilityZones",
  "ec2:DescribeRegions",
  "ecr:BatchGetImage",
  "ecr:DescribeImages",
  "ecr:GetAuthorizationToken",
  "ecr:GetDownloadUrlForLayer",
  "gamelift:TagResource",
  "iam:PassRole",
  "s3:GetObject",
] as const;
const actionFacts = {
  /** Grants permission to register player acceptance or rejection of a proposed FlexMatch match. Access level: Write. https://docs.aws.amazon.com/gameliftservers/latest/apireference/API_AcceptMatch.html */
  AcceptMatch: "W||||||;",
  /** Grants permission to locate and reserve a game server to host a new game session. Access level: Write. Resources: gameServerGroup*. https://docs.aws.amazon.com/gameliftservers/latest/apireference/API_ClaimGameServer.html */
  ClaimGameServer: "W|||5;1;|||;",
  /** Grants permission to define a new alias for a fleet. Access level: Write. https://docs.aws.amazon.com/gameliftservers/latest/apireference/API_CreateAlias.html */
  CreateAlias: "W||||0,2|7|;",
  /** Grants permission to create a new game build using files stored in an Amazon S3 bucket. Access level: Write. https://docs.aws.amazon.com/gameliftservers/latest/apireference/API_CreateBuild.html */
  CreateBuild: "W||||0,2|7,8,9|;",
  /** Grants permission to create a new container fleet of computing resources to run your game servers. Access level: Write. https://docs.aws.amazon.com/gameliftservers/latest/apireference/API_CreateContainerFleet.html */
  CreateContainerFleet: "W||||0,2|1,2,7,8|;",
  /** Grants permission to create a new container group definition using images stored in an Amazon ECR repository. Access level: Write. https://docs.aws.amazon.com/gameliftservers/latest/apireference/API_CreateContainerGroupDefinition.html */
  CreateContainerGroupDefinition: "W||||0,2|3,4,5,6,7|;",
  /** Grants permission to create a new fleet of computing resources to run your game servers. Access level: Write. https://docs.aws.amazon.com/gameliftservers/latest/apireference/API_CreateFleet.html */
  CreateFleet: "W||||0,2|1,2,7,8|;",
  /** Grants permission to specify additional locations for a fleet. Access level: Write. Resources: containerFleet, fleet. https://docs.aws.amazon.com/gameliftservers/latest/apireference/API_CreateFleetLocations.html */
  CreateFleetLocations: "W|||2;0;,4;0;||1,2|;",
  /** Grants permission to create a new game server group, set up a corresponding Auto Scaling group, and launche instances to host game servers. Access level: Write. https://docs.aws.amazon.com/gameliftservers/latest/apireference/API_CreateGameServerGroup.html */
  CreateGameServerGroup:
    "W||||0,2|autoscaling:CreateAutoScalingGroup,0,autoscaling:PutLifecycleHook,autoscaling:PutScalingPolicy,1,ec2:DescribeSubnets,events:PutRule,events:PutTargets,7,8|;",
  /** Grants permission to start a new game session on a specified fleet. Access level: Write. https://docs.aws.amazon.com/gameliftservers/latest/apireference/API_CreateGameSession.html */
  CreateGameSession: "W||||||;",
  /** Grants permission to set up a new queue for processing game session placement requests. Access level: Write. https://docs.aws.amazon.com/gameliftservers/latest/apireference/API_CreateGameSessionQueue.html */
  CreateGameSessionQueue: "W||||0,2|7|;",
  /** Grants permission to define a new location for a fleet. Access level: Write. https://docs.aws.amazon.com/gameliftservers/latest/apireference/API_CreateLocation.html */
  CreateLocation: "W||||0,2|7|;",
  /** Grants permission to create a new FlexMatch matchmaker. Access level: Write. https://docs.aws.amazon.com/gameliftservers/latest/apireference/API_CreateMatchmakingConfiguration.html */
  CreateMatchmakingConfiguration: "W||||0,2|7|;",
  /** Grants permission to create a new matchmaking rule set for FlexMatch. Access level: Write. https://docs.aws.amazon.com/gameliftservers/latest/apireference/API_CreateMatchmakingRuleSet.html */
  CreateMatchmakingRuleSet: "W||||0,2|7|;",
  /** Grants permission to reserve an available game session slot for a player. Access level: Write. https://docs.aws.amazon.com/gameliftservers/latest/apireference/API_CreatePlayerSession.html */
  CreatePlayerSession: "W||||||;",
  /** Grants permission to reserve available game session slots for multiple players. Access level: Write. https://docs.aws.amazon.com/gameliftservers/latest/apireference/API_CreatePlayerSessions.html */
  CreatePlayerSessions: "W||||||;",
  /** Grants permission to create a new Realtime Servers script. Access level: Write. https://docs.aws.amazon.com/gameliftservers/latest/apireference/API_CreateScript.html */
  CreateScript: "W||||0,2|7,8,9|;",
  /** Grants permission to allow GameLift to create or delete a peering connection between a GameLift fleet VPC and a VPC on another AWS account. Access level: Write. https://docs.aws.amazon.com/gameliftservers/latest/apireference/API_CreateVpcPeeringAuthorization.html */
  CreateVpcPeeringAuthorization:
    "W|||||ec2:AcceptVpcPeeringConnection,ec2:AuthorizeSecurityGroupEgress,ec2:AuthorizeSecurityGroupIngress,ec2:CreateRoute,ec2:DeleteRoute,ec2:DescribeRouteTables,ec2:DescribeSecurityGroups,ec2:RevokeSecurityGroupEgress,ec2:RevokeSecurityGroupIngress|;",
  /** Grants permission to establish a peering connection between your GameLift fleet VPC and a VPC on another account. Access level: Write. https://docs.aws.amazon.com/gameliftservers/latest/apireference/API_CreateVpcPeeringConnection.html */
  CreateVpcPeeringConnection: "W||||||;",
  /** Grants permission to delete an alias. Access level: Write. Resources: alias*. https://docs.aws.amazon.com/gameliftservers/latest/apireference/API_DeleteAlias.html */
  DeleteAlias: "W|||0;1;|||;",
  /** Grants permission to delete a game build. Access level: Write. Resources: build*. https://docs.aws.amazon.com/gameliftservers/latest/apireference/API_DeleteBuild.html */
  DeleteBuild: "W|||1;1;|||;",
  /** Grants permission to delete a container fleet. Access level: Write. Resources: containerFleet*. https://docs.aws.amazon.com/gameliftservers/latest/apireference/API_DeleteContainerFleet.html */
  DeleteContainerFleet: "W|||2;1;|||;",
  /** Grants permission to delete a container group definition. Access level: Write. Resources: containerGroupDefinition*. https://docs.aws.amazon.com/gameliftservers/latest/apireference/API_DeleteContainerGroupDefinition.html */
  DeleteContainerGroupDefinition: "W|||3;1;|||;",
  /** Grants permission to delete an empty fleet. Access level: Write. Resources: fleet*. https://docs.aws.amazon.com/gameliftservers/latest/apireference/API_DeleteFleet.html */
  DeleteFleet: "W|||4;1;|||;",
  /** Grants permission to delete locations for a fleet. Access level: Write. Resources: containerFleet, fleet. https://docs.aws.amazon.com/gameliftservers/latest/apireference/API_DeleteFleetLocations.html */
  DeleteFleetLocations: "W|||2;0;,4;0;|||;",
  /** Grants permission to permanently delete a game server group and terminate FleetIQ activity for the corresponding Auto Scaling group. Access level: Write. Resources: gameServerGroup*. https://docs.aws.amazon.com/gameliftservers/latest/apireference/API_DeleteGameServerGroup.html */
  DeleteGameServerGroup:
    "W|||5;1;||autoscaling:DeleteAutoScalingGroup,0,autoscaling:ExitStandby,autoscaling:ResumeProcesses,autoscaling:SetInstanceProtection,autoscaling:UpdateAutoScalingGroup|;",
  /** Grants permission to delete an existing game session queue. Access level: Write. Resources: gameSessionQueue*. https://docs.aws.amazon.com/gameliftservers/latest/apireference/API_DeleteGameSessionQueue.html */
  DeleteGameSessionQueue: "W|||6;1;|||;",
  /** Grants permission to delete a location. Access level: Write. Resources: location*. https://docs.aws.amazon.com/gameliftservers/latest/apireference/API_DeleteLocation.html */
  DeleteLocation: "W|||7;1;|||;",
  /** Grants permission to delete an existing FlexMatch matchmaker. Access level: Write. Resources: matchmakingConfiguration*. https://docs.aws.amazon.com/gameliftservers/latest/apireference/API_DeleteMatchmakingConfiguration.html */
  DeleteMatchmakingConfiguration: "W|||8;1;|||;",
  /** Grants permission to delete an existing FlexMatch matchmaking rule set. Access level: Write. Resources: matchmakingRuleSet*. https://docs.aws.amazon.com/gameliftservers/latest/apireference/API_DeleteMatchmakingRuleSet.html */
  DeleteMatchmakingRuleSet: "W|||9;1;|||;",
  /** Grants permission to delete a set of auto-scaling rules. Access level: Write. Resources: containerFleet, fleet. https://docs.aws.amazon.com/gameliftservers/latest/apireference/API_DeleteScalingPolicy.html */
  DeleteScalingPolicy: "W|||2;0;,4;0;|||;",
  /** Grants permission to delete a Realtime Servers script. Access level: Write. Resources: script*. https://docs.aws.amazon.com/gameliftservers/latest/apireference/API_DeleteScript.html */
  DeleteScript: "W|||10;1;|||;",
  /** Grants permission to cancel a VPC peering authorization. Access level: Write. https://docs.aws.amazon.com/gameliftservers/latest/apireference/API_DeleteVpcPeeringAuthorization.html */
  DeleteVpcPeeringAuthorization: "W||||||;",
  /** Grants permission to remove a peering connection between VPCs. Access level: Write. https://docs.aws.amazon.com/gameliftservers/latest/apireference/API_DeleteVpcPeeringConnection.html */
  DeleteVpcPeeringConnection: "W||||||;",
  /** Grants permission to deregister a compute against a fleet. Access level: Write. Resources: fleet*. https://docs.aws.amazon.com/gameliftservers/latest/apireference/API_DeregisterCompute.html */
  DeregisterCompute: "W|||4;1;|||;",
  /** Grants permission to remove a game server from a game server group. Access level: Write. Resources: gameServerGroup*. https://docs.aws.amazon.com/gameliftservers/latest/apireference/API_DeregisterGameServer.html */
  DeregisterGameServer: "W|||5;1;|||;",
  /** Grants permission to retrieve properties for an alias. Access level: Read. Resources: alias*. https://docs.aws.amazon.com/gameliftservers/latest/apireference/API_DescribeAlias.html */
  DescribeAlias: "R|||0;1;|||;",
  /** Grants permission to retrieve properties for a game build. Access level: Read. Resources: build*. https://docs.aws.amazon.com/gameliftservers/latest/apireference/API_DescribeBuild.html */
  DescribeBuild: "R|||1;1;|||;",
  /** Grants permission to retrieve information for a compute in a fleet. Access level: Read. Resources: containerFleet, fleet. https://docs.aws.amazon.com/gameliftservers/latest/apireference/API_DescribeCompute.html */
  DescribeCompute: "R|||2;0;,4;0;|||;",
  /** Grants permission to retrieve the properties of an existing container fleet. Access level: Read. Resources: containerFleet*. https://docs.aws.amazon.com/gameliftservers/latest/apireference/API_DescribeContainerFleet.html */
  DescribeContainerFleet: "R|||2;1;|||;",
  /** Grants permission to retrieve the properties of an existing container group definition. Access level: Read. Resources: containerGroupDefinition*. https://docs.aws.amazon.com/gameliftservers/latest/apireference/API_DescribeContainerGroupDefinition.html */
  DescribeContainerGroupDefinition: "R|||3;1;|||;",
  /** Grants permission to retrieve container port mappings for a container fleet. Access level: Read. Resources: containerFleet*. https://docs.aws.amazon.com/gameliftservers/latest/apireference/API_DescribeContainerGroupPortMappings.html */
  DescribeContainerGroupPortMappings: "R|||2;1;|||;",
  /** Grants permission to retrieve the maximum allowed and current usage for EC2 instance types. Access level: Read. https://docs.aws.amazon.com/gameliftservers/latest/apireference/API_DescribeEC2InstanceLimits.html */
  DescribeEC2InstanceLimits: "R||||||;",
  /** Grants permission to retrieve general properties, including status, for fleets. Access level: Read. https://docs.aws.amazon.com/gameliftservers/latest/apireference/API_DescribeFleetAttributes.html */
  DescribeFleetAttributes: "R||||||;",
  /** Grants permission to retrieve the current capacity settings for managed fleets. Access level: Read. https://docs.aws.amazon.com/gameliftservers/latest/apireference/API_DescribeFleetCapacity.html */
  DescribeFleetCapacity: "R||||||;",
  /** Grants permission to retrieve the properties of an existing fleet deployment. Access level: Read. Resources: containerFleet*. https://docs.aws.amazon.com/gameliftservers/latest/apireference/API_DescribeFleetDeployment.html */
  DescribeFleetDeployment: "R|||2;1;|||;",
  /** Grants permission to retrieve entries from a fleet's event log. Access level: Read. Resources: containerFleet, fleet. https://docs.aws.amazon.com/gameliftservers/latest/apireference/API_DescribeFleetEvents.html */
  DescribeFleetEvents: "R|||2;0;,4;0;|||;",
  /** Grants permission to retrieve general properties, including statuses, for a fleet's locations. Access level: Read. Resources: containerFleet, fleet. https://docs.aws.amazon.com/gameliftservers/latest/apireference/API_DescribeFleetLocationAttributes.html */
  DescribeFleetLocationAttributes: "R|||2;0;,4;0;|||;",
  /** Grants permission to retrieve the current capacity setting for a fleet's location. Access level: Read. Resources: containerFleet, fleet. https://docs.aws.amazon.com/gameliftservers/latest/apireference/API_DescribeFleetLocationCapacity.html */
  DescribeFleetLocationCapacity: "R|||2;0;,4;0;|||;",
  /** Grants permission to retrieve utilization statistics for fleet's location. Access level: Read. Resources: fleet*. https://docs.aws.amazon.com/gameliftservers/latest/apireference/API_DescribeFleetLocationUtilization.html */
  DescribeFleetLocationUtilization: "R|||4;1;|||;",
  /** Grants permission to retrieve the inbound connection permissions for a fleet. Access level: Read. Resources: fleet*. https://docs.aws.amazon.com/gameliftservers/latest/apireference/API_DescribeFleetPortSettings.html */
  DescribeFleetPortSettings: "R|||4;1;|||;",
  /** Grants permission to retrieve utilization statistics for fleets. Access level: Read. https://docs.aws.amazon.com/gameliftservers/latest/apireference/API_DescribeFleetUtilization.html */
  DescribeFleetUtilization: "R||||||;",
  /** Grants permission to retrieve properties for a game server. Access level: Read. Resources: gameServerGroup*. https://docs.aws.amazon.com/gameliftservers/latest/apireference/API_DescribeGameServer.html */
  DescribeGameServer: "R|||5;1;|||;",
  /** Grants permission to retrieve properties for a game server group. Access level: Read. Resources: gameServerGroup*. https://docs.aws.amazon.com/gameliftservers/latest/apireference/API_DescribeGameServerGroup.html */
  DescribeGameServerGroup: "R|||5;1;|||;",
  /** Grants permission to retrieve the status of EC2 instances in a game server group. Access level: Read. Resources: gameServerGroup*. https://docs.aws.amazon.com/gameliftservers/latest/apireference/API_DescribeGameServerInstances.html */
  DescribeGameServerInstances: "R|||5;1;|||;",
  /** Grants permission to retrieve properties for game sessions in a fleet, including the protection policy. Access level: Read. https://docs.aws.amazon.com/gameliftservers/latest/apireference/API_DescribeGameSessionDetails.html */
  DescribeGameSessionDetails: "R||||||;",
  /** Grants permission to retrieve details of a game session placement request. Access level: Read. https://docs.aws.amazon.com/gameliftservers/latest/apireference/API_DescribeGameSessionPlacement.html */
  DescribeGameSessionPlacement: "R||||||;",
  /** Grants permission to retrieve properties for game session queues. Access level: Read. https://docs.aws.amazon.com/gameliftservers/latest/apireference/API_DescribeGameSessionQueues.html */
  DescribeGameSessionQueues: "R||||||;",
  /** Grants permission to retrieve properties for game sessions in a fleet. Access level: Read. https://docs.aws.amazon.com/gameliftservers/latest/apireference/API_DescribeGameSessions.html */
  DescribeGameSessions: "R||||||;",
  /** Grants permission to retrieve information about instances in a managed fleet. Access level: Read. Resources: containerFleet, fleet. https://docs.aws.amazon.com/gameliftservers/latest/apireference/API_DescribeInstances.html */
  DescribeInstances: "R|||2;0;,4;0;|||;",
  /** Grants permission to retrieve details of matchmaking tickets. Access level: Read. https://docs.aws.amazon.com/gameliftservers/latest/apireference/API_DescribeMatchmaking.html */
  DescribeMatchmaking: "R||||||;",
  /** Grants permission to retrieve properties for FlexMatch matchmakers. Access level: Read. https://docs.aws.amazon.com/gameliftservers/latest/apireference/API_DescribeMatchmakingConfigurations.html */
  DescribeMatchmakingConfigurations: "R||||||;",
  /** Grants permission to retrieve properties for FlexMatch matchmaking rule sets. Access level: Read. https://docs.aws.amazon.com/gameliftservers/latest/apireference/API_DescribeMatchmakingRuleSets.html */
  DescribeMatchmakingRuleSets: "R||||||;",
  /** Grants permission to retrieve properties for player sessions in a game session. Access level: Read. https://docs.aws.amazon.com/gameliftservers/latest/apireference/API_DescribePlayerSessions.html */
  DescribePlayerSessions: "R||||||;",
  /** Grants permission to retrieve the current runtime configuration for a fleet. Access level: Read. Resources: fleet*. https://docs.aws.amazon.com/gameliftservers/latest/apireference/API_DescribeRuntimeConfiguration.html */
  DescribeRuntimeConfiguration: "R|||4;1;|||;",
  /** Grants permission to retrieve all scaling policies that are applied to a fleet. Access level: Read. Resources: containerFleet, fleet. https://docs.aws.amazon.com/gameliftservers/latest/apireference/API_DescribeScalingPolicies.html */
  DescribeScalingPolicies: "R|||2;0;,4;0;|||;",
  /** Grants permission to retrieve properties for a Realtime Servers script. Access level: Read. Resources: script*. https://docs.aws.amazon.com/gameliftservers/latest/apireference/API_DescribeScript.html */
  DescribeScript: "R|||10;1;|||;",
  /** Grants permission to retrieve valid VPC peering authorizations. Access level: Read. https://docs.aws.amazon.com/gameliftservers/latest/apireference/API_DescribeVpcPeeringAuthorizations.html */
  DescribeVpcPeeringAuthorizations: "R||||||;",
  /** Grants permission to retrieve details on active or pending VPC peering connections. Access level: Read. https://docs.aws.amazon.com/gameliftservers/latest/apireference/API_DescribeVpcPeeringConnections.html */
  DescribeVpcPeeringConnections: "R||||||;",
  /** Grants permission to retrieve credentials to remotely access a compute in a managed fleet. Access level: Read. Resources: containerFleet, fleet. https://docs.aws.amazon.com/gameliftservers/latest/apireference/API_GetComputeAccess.html */
  GetComputeAccess: "R|||2;0;,4;0;|||;",
  /** Grants permission to retrieve an authentication token that allows processes on a compute to send requests to the Amazon GameLift service. Access level: Read. Resources: containerFleet, fleet. https://docs.aws.amazon.com/gameliftservers/latest/apireference/API_GetComputeAuthToken.html */
  GetComputeAuthToken: "R|||2;0;,4;0;|||;",
  /** Grants permission to retrieve the location of stored logs for a game session. Access level: Read. https://docs.aws.amazon.com/gameliftservers/latest/apireference/API_GetGameSessionLogUrl.html */
  GetGameSessionLogUrl: "R||||||;",
  /** Grants permission to request remote access to a specified fleet instance. Access level: Read. Resources: fleet*. https://docs.aws.amazon.com/gameliftservers/latest/apireference/API_GetInstanceAccess.html */
  GetInstanceAccess: "R|||4;1;|||;",
  /** Grants permission to retrieve player connection endpoints and player gateway tokens for a game session. Access level: Read. https://docs.aws.amazon.com/gameliftservers/latest/apireference/API_GetPlayerConnectionDetails.html */
  GetPlayerConnectionDetails: "R||||||;",
  /** Grants permission to retrieve all aliases that are defined in the current Region. Access level: List. https://docs.aws.amazon.com/gameliftservers/latest/apireference/API_ListAliases.html */
  ListAliases: "L||||||;",
  /** Grants permission to retrieve all game build in the current Region. Access level: List. https://docs.aws.amazon.com/gameliftservers/latest/apireference/API_ListBuilds.html */
  ListBuilds: "L||||||;",
  /** Grants permission to retrieve all compute resources in the current Region. Access level: List. Resources: containerFleet, fleet. https://docs.aws.amazon.com/gameliftservers/latest/apireference/API_ListCompute.html */
  ListCompute: "L|||2;0;,4;0;|||;",
  /** Grants permission to retrieve the properties of all existing container fleets in the current Region. Access level: List. https://docs.aws.amazon.com/gameliftservers/latest/apireference/API_ListContainerFleets.html */
  ListContainerFleets: "L||||||;",
  /** Grants permission to retrieve the properties of all versions of an existing container group definition. Access level: List. Resources: containerGroupDefinition*. https://docs.aws.amazon.com/gameliftservers/latest/apireference/API_ListContainerGroupDefinitionVersions.html */
  ListContainerGroupDefinitionVersions: "L|||3;1;|||;",
  /** Grants permission to retrieve the properties of all existing container group definitions in the current Region. Access level: List. https://docs.aws.amazon.com/gameliftservers/latest/apireference/API_ListContainerGroupDefinitions.html */
  ListContainerGroupDefinitions: "L||||||;",
  /** Grants permission to retrieve the properties of all existing fleet deployments in the current Region. Access level: List. https://docs.aws.amazon.com/gameliftservers/latest/apireference/API_ListFleetDeployments.html */
  ListFleetDeployments: "L||||||;",
  /** Grants permission to retrieve a list of fleet IDs for all fleets in the current Region. Access level: List. https://docs.aws.amazon.com/gameliftservers/latest/apireference/API_ListFleets.html */
  ListFleets: "L||||||;",
  /** Grants permission to retrieve all game server groups that are defined in the current Region. Access level: List. https://docs.aws.amazon.com/gameliftservers/latest/apireference/API_ListGameServerGroups.html */
  ListGameServerGroups: "L||||||;",
  /** Grants permission to retrieve all game servers that are currently running in a game server group. Access level: List. Resources: gameServerGroup*. https://docs.aws.amazon.com/gameliftservers/latest/apireference/API_ListGameServers.html */
  ListGameServers: "L|||5;1;|||;",
  /** Grants permission to retrieve all locations in this account. Access level: List. https://docs.aws.amazon.com/gameliftservers/latest/apireference/API_ListLocations.html */
  ListLocations: "L||||||;",
  /** Grants permission to retrieve properties for all Realtime Servers scripts in the current region. Access level: List. https://docs.aws.amazon.com/gameliftservers/latest/apireference/API_ListScripts.html */
  ListScripts: "L||||||;",
  /** Grants permission to retrieve tags for GameLift resources. Access level: Read. Resources: alias, build, containerFleet, containerGroupDefinition, fleet, gameServerGroup, gameSessionQueue, location, matchmakingConfiguration, matchmakingRuleSet, script. https://docs.aws.amazon.com/gameliftservers/latest/apireference/API_ListTagsForResource.html */
  ListTagsForResource: "R|||0;0;,1;0;,2;0;,3;0;,4;0;,5;0;,6;0;,7;0;,8;0;,9;0;,10;0;|||;",
  /** Grants permission to create or update a fleet auto-scaling policy. Access level: Write. Resources: containerFleet, fleet. https://docs.aws.amazon.com/gameliftservers/latest/apireference/API_PutScalingPolicy.html */
  PutScalingPolicy: "W|||2;0;,4;0;|||;",
  /** Grants permission to register a compute against a fleet. Access level: Write. Resources: fleet*. https://docs.aws.amazon.com/gameliftservers/latest/apireference/API_RegisterCompute.html */
  RegisterCompute: "W|||4;1;|||;",
  /** Grants permission to notify GameLift FleetIQ when a new game server is ready to host gameplay. Access level: Write. Resources: gameServerGroup*. https://docs.aws.amazon.com/gameliftservers/latest/apireference/API_RegisterGameServer.html */
  RegisterGameServer: "W|||5;1;|||;",
  /** Grants permission to retrieve fresh upload credentials to use when uploading a new game build. Access level: Read. Resources: build*. https://docs.aws.amazon.com/gameliftservers/latest/apireference/API_RequestUploadCredentials.html */
  RequestUploadCredentials: "R|||1;1;|||;",
  /** Grants permission to retrieve the fleet ID associated with an alias. Access level: Read. Resources: alias*. https://docs.aws.amazon.com/gameliftservers/latest/apireference/API_ResolveAlias.html */
  ResolveAlias: "R|||0;1;|||;",
  /** Grants permission to reinstate suspended FleetIQ activity for a game server group. Access level: Write. Resources: gameServerGroup*. https://docs.aws.amazon.com/gameliftservers/latest/apireference/API_ResumeGameServerGroup.html */
  ResumeGameServerGroup: "W|||5;1;|||;",
  /** Grants permission to retrieve game sessions that match a set of search criteria. Access level: Read. https://docs.aws.amazon.com/gameliftservers/latest/apireference/API_SearchGameSessions.html */
  SearchGameSessions: "R||||||;",
  /** Grants permission to resume auto-scaling activity on a fleet after it was suspended with StopFleetActions(). Access level: Write. Resources: containerFleet, fleet. https://docs.aws.amazon.com/gameliftservers/latest/apireference/API_StartFleetActions.html */
  StartFleetActions: "W|||2;0;,4;0;|||;",
  /** Grants permission to send a game session placement request to a game session queue. Access level: Write. Resources: gameSessionQueue*. https://docs.aws.amazon.com/gameliftservers/latest/apireference/API_StartGameSessionPlacement.html */
  StartGameSessionPlacement: "W|||6;1;|||;",
  /** Grants permission to request FlexMatch matchmaking to fill available player slots in an existing game session. Access level: Write. https://docs.aws.amazon.com/gameliftservers/latest/apireference/API_StartMatchBackfill.html */
  StartMatchBackfill: "W||||||;",
  /** Grants permission to request FlexMatch matchmaking for one or a group of players and initiate game session placement. Access level: Write. https://docs.aws.amazon.com/gameliftservers/latest/apireference/API_StartMatchmaking.html */
  StartMatchmaking: "W||||||;",
  /** Grants permission to suspend auto-scaling activity on a fleet. Access level: Write. Resources: containerFleet, fleet. https://docs.aws.amazon.com/gameliftservers/latest/apireference/API_StopFleetActions.html */
  StopFleetActions: "W|||2;0;,4;0;|||;",
  /** Grants permission to cancel a game session placement request that is in progress. Access level: Write. https://docs.aws.amazon.com/gameliftservers/latest/apireference/API_StopGameSessionPlacement.html */
  StopGameSessionPlacement: "W||||||;",
  /** Grants permission to cancel a matchmaking or match backfill request that is in progress. Access level: Write. https://docs.aws.amazon.com/gameliftservers/latest/apireference/API_StopMatchmaking.html */
  StopMatchmaking: "W||||||;",
  /** Grants permission to temporarily stop FleetIQ activity for a game server group. Access level: Write. Resources: gameServerGroup*. https://docs.aws.amazon.com/gameliftservers/latest/apireference/API_SuspendGameServerGroup.html */
  SuspendGameServerGroup: "W|||5;1;|||;",
  /** Grants permission to tag GameLift resources. Access level: Tagging. Resources: alias, build, containerFleet, containerGroupDefinition, fleet, gameServerGroup, gameSessionQueue, location, matchmakingConfiguration, matchmakingRuleSet, script. https://docs.aws.amazon.com/gameliftservers/latest/apireference/API_TagResource.html */
  TagResource:
    "T|||0;0;,1;0;,2;0;,3;0;,4;0;,5;0;,6;0;,7;0;,8;0;,9;0;,10;0;|0,2||CreateAlias,CreateBuild,CreateContainerFleet,CreateContainerGroupDefinition,CreateFleet,CreateGameServerGroup,CreateGameSessionQueue,CreateLocation,CreateMatchmakingConfiguration,CreateMatchmakingRuleSet,CreateScript,;",
  /** Grants permission to shut down an existing game session. Access level: Write. https://docs.aws.amazon.com/gameliftservers/latest/apireference/API_TerminateGameSession.html */
  TerminateGameSession: "W||||||;",
  /** Grants permission to untag GameLift resources. Access level: Tagging. Resources: alias, build, containerFleet, containerGroupDefinition, fleet, gameServerGroup, gameSessionQueue, location, matchmakingConfiguration, matchmakingRuleSet, script. https://docs.aws.amazon.com/gameliftservers/latest/apireference/API_UntagResource.html */
  UntagResource: "T|||0;0;,1;0;,2;0;,3;0;,4;0;,5;0;,6;0;,7;0;,8;0;,9;0;,10;0;|2||;",
  /** Grants permission to update the properties of an existing alias. Access level: Write. Resources: alias*. https://docs.aws.amazon.com/gameliftservers/latest/apireference/API_UpdateAlias.html */
  UpdateAlias: "W|||0;1;|||;",
  /** Grants permission to update an existing build's metadata. Access level: Write. Resources: build*. https://docs.aws.amazon.com/gameliftservers/latest/apireference/API_UpdateBuild.html */
  UpdateBuild: "W|||1;1;|||;",
  /** Grants permission to update an existing container fleet. Access level: Write. Resources: containerFleet*. https://docs.aws.amazon.com/gameliftservers/latest/apireference/API_UpdateContainerFleet.html */
  UpdateContainerFleet: "W|||2;1;|||;",
  /** Grants permission to update the properties of an existing container group definition. Access level: Write. Resources: containerGroupDefinition*. https://docs.aws.amazon.com/gameliftservers/latest/apireference/API_UpdateContainerGroupDefinition.html */
  UpdateContainerGroupDefinition: "W|||3;1;||3,4,5,6|;",
  /** Grants permission to update the general properties of an existing fleet. Access level: Write. Resources: fleet*. https://docs.aws.amazon.com/gameliftservers/latest/apireference/API_UpdateFleetAttributes.html */
  UpdateFleetAttributes: "W|||4;1;|||;",
  /** Grants permission to adjust a managed fleet's capacity settings. Access level: Write. Resources: containerFleet, fleet. https://docs.aws.amazon.com/gameliftservers/latest/apireference/API_UpdateFleetCapacity.html */
  UpdateFleetCapacity: "W|||2;0;,4;0;|||;",
  /** Grants permission to adjust a fleet's port settings. Access level: Write. Resources: fleet*. https://docs.aws.amazon.com/gameliftservers/latest/apireference/API_UpdateFleetPortSettings.html */
  UpdateFleetPortSettings: "W|||4;1;|||;",
  /** Grants permission to change game server properties, health status, or utilization status. Access level: Write. Resources: gameServerGroup*. https://docs.aws.amazon.com/gameliftservers/latest/apireference/API_UpdateGameServer.html */
  UpdateGameServer: "W|||5;1;|||;",
  /** Grants permission to update properties for game server group, including allowed instance types. Access level: Write. Resources: gameServerGroup*. https://docs.aws.amazon.com/gameliftservers/latest/apireference/API_UpdateGameServerGroup.html */
  UpdateGameServerGroup: "W|||5;1;||8|;",
  /** Grants permission to update the properties of an existing game session. Access level: Write. https://docs.aws.amazon.com/gameliftservers/latest/apireference/API_UpdateGameSession.html */
  UpdateGameSession: "W||||||;",
  /** Grants permission to update properties of an existing game session queue. Access level: Write. Resources: gameSessionQueue*. https://docs.aws.amazon.com/gameliftservers/latest/apireference/API_UpdateGameSessionQueue.html */
  UpdateGameSessionQueue: "W|||6;1;|||;",
  /** Grants permission to update properties of an existing FlexMatch matchmaking configuration. Access level: Write. Resources: matchmakingConfiguration*. https://docs.aws.amazon.com/gameliftservers/latest/apireference/API_UpdateMatchmakingConfiguration.html */
  UpdateMatchmakingConfiguration: "W|||8;1;|||;",
  /** Grants permission to update how server processes are configured on instances in an existing fleet. Access level: Write. Resources: fleet*. https://docs.aws.amazon.com/gameliftservers/latest/apireference/API_UpdateRuntimeConfiguration.html */
  UpdateRuntimeConfiguration: "W|||4;1;|||;",
  /** Grants permission to update the metadata and content of an existing Realtime Servers script. Access level: Write. Resources: script*. https://docs.aws.amazon.com/gameliftservers/latest/apireference/API_UpdateScript.html */
  UpdateScript: "W|||10;1;||8,9|;",
  /** Grants permission to validate the syntax of a FlexMatch matchmaking rule set. Access level: Read. https://docs.aws.amazon.com/gameliftservers/latest/apireference/API_ValidateMatchmakingRuleSet.html */
  ValidateMatchmakingRuleSet: "R||||||;",
} as const;
const actionDetails = {
  AcceptMatch: "|,;~~~|Grants permission to register player acceptance or rejection of a proposed FlexMatch match",
  ClaimGameServer: "|,;~~~|Grants permission to locate and reserve a game server to host a new game session",
  CreateAlias: "|,;~~~|Grants permission to define a new alias for a fleet",
  CreateBuild: "|,;~~~|Grants permission to create a new game build using files stored in an Amazon S3 bucket",
  CreateContainerFleet:
    "|,;~~~|Grants permission to create a new container fleet of computing resources to run your game servers",
  CreateContainerGroupDefinition:
    "|,;~~~|Grants permission to create a new container group definition using images stored in an Amazon ECR repository",
  CreateFleet: "|,;~~~|Grants permission to create a new fleet of computing resources to run your game servers",
  CreateFleetLocations: "|,;~~~|Grants permission to specify additional locations for a fleet",
  CreateGameServerGroup:
    "|,;~~~|Grants permission to create a new game server group, set up a corresponding Auto Scaling group, and launche instances to host game servers",
  CreateGameSession: "|,;~~~|Grants permission to start a new game session on a specified fleet",
  CreateGameSessionQueue:
    "|,;~~~|Grants permission to set up a new queue for processing game session placement requests",
  CreateLocation: "|,;~~~|Grants permission to define a new location for a fleet",
  CreateMatchmakingConfiguration: "|,;~~~|Grants permission to create a new FlexMatch matchmaker",
  CreateMatchmakingRuleSet: "|,;~~~|Grants permission to create a new matchmaking rule set for FlexMatch",
  CreatePlayerSession: "|,;~~~|Grants permission to reserve an available game session slot for a player",
  CreatePlayerSessions: "|,;~~~|Grants permission to reserve available game session slots for multiple players",
  CreateScript: "|,;~~~|Grants permission to create a new Realtime Servers script",
  CreateVpcPeeringAuthorization:
    "|,;~~~|Grants permission to allow GameLift to create or delete a peering connection between a GameLift fleet VPC and a VPC on another AWS account",
  CreateVpcPeeringConnection:
    "|,;~~~|Grants permission to establish a peering connection between your GameLift fleet VPC and a VPC on another account",
  DeleteAlias: "|,;~~~|Grants permission to delete an alias",
  DeleteBuild: "|,;~~~|Grants permission to delete a game build",
  DeleteContainerFleet: "|,;~~~|Grants permission to delete a container fleet",
  DeleteContainerGroupDefinition: "|,;~~~|Grants permission to delete a container group definition",
  DeleteFleet: "|,;~~~|Grants permission to delete an empty fleet",
  DeleteFleetLocations: "|,;~~~|Grants permission to delete locations for a fleet",
  DeleteGameServerGroup:
    "|,;~~~|Grants permission to permanently delete a game server group and terminate FleetIQ activity for the corresponding Auto Scaling group",
  DeleteGameSessionQueue: "|,;~~~|Grants permission to delete an existing game session queue",
  DeleteLocation: "|,;~~~|Grants permission to delete a location",
  DeleteMatchmakingConfiguration: "|,;~~~|Grants permission to delete an existing FlexMatch matchmaker",
  DeleteMatchmakingRuleSet: "|,;~~~|Grants permission to delete an existing FlexMatch matchmaking rule set",
  DeleteScalingPolicy: "|,;~~~|Grants permission to delete a set of auto-scaling rules",
  DeleteScript: "|,;~~~|Grants permission to delete a Realtime Servers script",
  DeleteVpcPeeringAuthorization: "|,;~~~|Grants permission to cancel a VPC peering authorization",
  DeleteVpcPeeringConnection: "|,;~~~|Grants permission to remove a peering connection between VPCs",
  DeregisterCompute: "|,;~~~|Grants permission to deregister a compute against a fleet",
  DeregisterGameServer: "|,;~~~|Grants permission to remove a game server from a game server group",
  DescribeAlias: "|,;~~~|Grants permission to retrieve properties for an alias",
  DescribeBuild: "|,;~~~|Grants permission to retrieve properties for a game build",
  DescribeCompute: "|,;~~~|Grants permission to retrieve information for a compute in a fleet",
  DescribeContainerFleet: "|,;~~~|Grants permission to retrieve the properties of an existing container fleet",
  DescribeContainerGroupDefinition:
    "|,;~~~|Grants permission to retrieve the properties of an existing container group definition",
  DescribeContainerGroupPortMappings:
    "|,;~~~|Grants permission to retrieve container port mappings for a container fleet",
  DescribeEC2InstanceLimits:
    "|,;~~~|Grants permission to retrieve the maximum allowed and current usage for EC2 instance types",
  DescribeFleetAttributes: "|,;~~~|Grants permission to retrieve general properties, including status, for fleets",
  DescribeFleetCapacity: "|,;~~~|Grants permission to retrieve the current capacity settings for managed fleets",
  DescribeFleetDeployment: "|,;~~~|Grants permission to retrieve the properties of an existing fleet deployment",
  DescribeFleetEvents: "|,;~~~|Grants permission to retrieve entries from a fleet's event log",
  DescribeFleetLocationAttributes:
    "|,;~~~|Grants permission to retrieve general properties, including statuses, for a fleet's locations",
  DescribeFleetLocationCapacity:
    "|,;~~~|Grants permission to retrieve the current capacity setting for a fleet's location",
  DescribeFleetLocationUtilization: "|,;~~~|Grants permission to retrieve utilization statistics for fleet's location",
  DescribeFleetPortSettings: "|,;~~~|Grants permission to retrieve the inbound connection permissions for a fleet",
  DescribeFleetUtilization: "|,;~~~|Grants permission to retrieve utilization statistics for fleets",
  DescribeGameServer: "|,;~~~|Grants permission to retrieve properties for a game server",
  DescribeGameServerGroup: "|,;~~~|Grants permission to retrieve properties for a game server group",
  DescribeGameServerInstances:
    "|,;~~~|Grants permission to retrieve the status of EC2 instances in a game server group",
  DescribeGameSessionDetails:
    "|,;~~~|Grants permission to retrieve properties for game sessions in a fleet, including the protection policy",
  DescribeGameSessionPlacement: "|,;~~~|Grants permission to retrieve details of a game session placement request",
  DescribeGameSessionQueues: "|,;~~~|Grants permission to retrieve properties for game session queues",
  DescribeGameSessions: "|,;~~~|Grants permission to retrieve properties for game sessions in a fleet",
  DescribeInstances: "|,;~~~|Grants permission to retrieve information about instances in a managed fleet",
  DescribeMatchmaking: "|,;~~~|Grants permission to retrieve details of matchmaking tickets",
  DescribeMatchmakingConfigurations: "|,;~~~|Grants permission to retrieve properties for FlexMatch matchmakers",
  DescribeMatchmakingRuleSets: "|,;~~~|Grants permission to retrieve properties for FlexMatch matchmaking rule sets",
  DescribePlayerSessions: "|,;~~~|Grants permission to retrieve properties for player sessions in a game session",
  DescribeRuntimeConfiguration: "|,;~~~|Grants permission to retrieve the current runtime configuration for a fleet",
  DescribeScalingPolicies: "|,;~~~|Grants permission to retrieve all scaling policies that are applied to a fleet",
  DescribeScript: "|,;~~~|Grants permission to retrieve properties for a Realtime Servers script",
  DescribeVpcPeeringAuthorizations: "|,;~~~|Grants permission to retrieve valid VPC peering authorizations",
  DescribeVpcPeeringConnections:
    "|,;~~~|Grants permission to retrieve details on active or pending VPC peering connections",
  GetComputeAccess: "|,;~~~|Grants permission to retrieve credentials to remotely access a compute in a managed fleet",
  GetComputeAuthToken:
    "|,;~~~|Grants permission to retrieve an authentication token that allows processes on a compute to send requests to the Amazon GameLift service",
  GetGameSessionLogUrl: "|,;~~~|Grants permission to retrieve the location of stored logs for a game session",
  GetInstanceAccess: "|,;~~~|Grants permission to request remote access to a specified fleet instance",
  GetPlayerConnectionDetails:
    "|,;~~~|Grants permission to retrieve player connection endpoints and player gateway tokens for a game session",
  ListAliases: "|,;~~~|Grants permission to retrieve all aliases that are defined in the current Region",
  ListBuilds: "|,;~~~|Grants permission to retrieve all game build in the current Region",
  ListCompute: "|,;~~~|Grants permission to retrieve all compute resources in the current Region",
  ListContainerFleets:
    "|,;~~~|Grants permission to retrieve the properties of all existing container fleets in the current Region",
  ListContainerGroupDefinitionVersions:
    "|,;~~~|Grants permission to retrieve the properties of all versions of an existing container group definition",
  ListContainerGroupDefinitions:
    "|,;~~~|Grants permission to retrieve the properties of all existing container group definitions in the current Region",
  ListFleetDeployments:
    "|,;~~~|Grants permission to retrieve the properties of all existing fleet deployments in the current Region",
  ListFleets: "|,;~~~|Grants permission to retrieve a list of fleet IDs for all fleets in the current Region",
  ListGameServerGroups:
    "|,;~~~|Grants permission to retrieve all game server groups that are defined in the current Region",
  ListGameServers:
    "|,;~~~|Grants permission to retrieve all game servers that are currently running in a game server group",
  ListLocations: "|,;~~~|Grants permission to retrieve all locations in this account",
  ListScripts: "|,;~~~|Grants permission to retrieve properties for all Realtime Servers scripts in the current region",
  ListTagsForResource: "|,;~~~|Grants permission to retrieve tags for GameLift resources",
  PutScalingPolicy: "|,;~~~|Grants permission to create or update a fleet auto-scaling policy",
  RegisterCompute: "|,;~~~|Grants permission to register a compute against a fleet",
  RegisterGameServer:
    "|,;~~~|Grants permission to notify GameLift FleetIQ when a new game server is ready to host gameplay",
  RequestUploadCredentials:
    "|,;~~~|Grants permission to retrieve fresh upload credentials to use when uploading a new game build",
  ResolveAlias: "|,;~~~|Grants permission to retrieve the fleet ID associated with an alias",
  ResumeGameServerGroup: "|,;~~~|Grants permission to reinstate suspended FleetIQ activity for a game server group",
  SearchGameSessions: "|,;~~~|Grants permission to retrieve game sessions that match a set of search criteria",
  StartFleetActions:
    "|,;~~~|Grants permission to resume auto-scaling activity on a fleet after it was suspended with StopFleetActions()",
  StartGameSessionPlacement:
    "|,;~~~|Grants permission to send a game session placement request to a game session queue",
  StartMatchBackfill:
    "|,;~~~|Grants permission to request FlexMatch matchmaking to fill available player slots in an existing game session",
  StartMatchmaking:
    "|,;~~~|Grants permission to request FlexMatch matchmaking for one or a group of players and initiate game session placement",
  StopFleetActions: "|,;~~~|Grants permission to suspend auto-scaling activity on a fleet",
  StopGameSessionPlacement: "|,;~~~|Grants permission to cancel a game session placement request that is in progress",
  StopMatchmaking: "|,;~~~|Grants permission to cancel a matchmaking or match backfill request that is in progress",
  SuspendGameServerGroup: "|,;~~~|Grants permission to temporarily stop FleetIQ activity for a game server group",
  TagResource: "|,;~~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~,~~|Grants permission to tag GameLift resources",
  TerminateGameSession: "|,;~~~|Grants permission to shut down an existing game session",
  UntagResource: "|,;~~~|Grants permission to untag GameLift resources",
  UpdateAlias: "|,;~~~|Grants permission to update the properties of an existing alias",
  UpdateBuild: "|,;~~~|Grants permission to update an existing build's metadata",
  UpdateContainerFleet: "|,;~~~|Grants permission to update an existing container fleet",
  UpdateContainerGroupDefinition:
    "|,;~~~|Grants permission to update the properties of an existing container group definition",
  UpdateFleetAttributes: "|,;~~~|Grants permission to update the general properties of an existing fleet",
  UpdateFleetCapacity: "|,;~~~|Grants permission to adjust a managed fleet's capacity settings",
  UpdateFleetPortSettings: "|,;~~~|Grants permission to adjust a fleet's port settings",
  UpdateGameServer: "|,;~~~|Grants permission to change game server properties, health status, or utilization status",
  UpdateGameServerGroup:
    "|,;~~~|Grants permission to update properties for game server group, including allowed instance types",
  UpdateGameSession: "|,;~~~|Grants permission to update the properties of an existing game session",
  UpdateGameSessionQueue: "|,;~~~|Grants permission to update properties of an existing game session queue",
  UpdateMatchmakingConfiguration:
    "|,;~~~|Grants permission to update properties of an existing FlexMatch matchmaking configuration",
  UpdateRuntimeConfiguration:
    "|,;~~~|Grants permission to update how server processes are configured on instances in an existing fleet",
  UpdateScript: "|,;~~~|Grants permission to update the metadata and content of an existing Realtime Servers script",
  ValidateMatchmakingRuleSet: "|,;~~~|Grants permission to validate the syntax of a FlexMatch matchmaking rule set",
};
const resourceTypeFacts = {
  /** The alias resource type: arn:${Partition}:gamelift:${Region}::alias/${AliasId} */
  alias: "|,|1",
  /** The build resource type: arn:${Partition}:gamelift:${Region}:${Account}:build/${BuildId} */
  build: "|,|1",
  /** The containerFleet resource type: arn:${Partition}:gamelift:${Region}:${Account}:containerfleet/${FleetId} */
  containerFleet: "|,|1",
  /** The containerGroupDefinition resource type: arn:${Partition}:gamelift:${Region}:${Account}:containergroupdefinition/${Name} */
  containerGroupDefinition: "|,|1",
  /** The fleet resource type: arn:${Partition}:gamelift:${Region}:${Account}:fleet/${FleetId} */
  fleet: "|,|1",
  /** The gameServerGroup resource type: arn:${Partition}:gamelift:${Region}:${Account}:gameservergroup/${GameServerGroupName} */
  gameServerGroup: "|,|1",
  /** The gameSessionQueue resource type: arn:${Partition}:gamelift:${Region}:${Account}:gamesessionqueue/${GameSessionQueueName} */
  gameSessionQueue: "|,|1",
  /** The location resource type: arn:${Partition}:gamelift:${Region}:${Account}:location/${LocationId} */
  location: "|,|1",
  /** The matchmakingConfiguration resource type: arn:${Partition}:gamelift:${Region}:${Account}:matchmakingconfiguration/${MatchmakingConfigurationName} */
  matchmakingConfiguration: "|,|1",
  /** The matchmakingRuleSet resource type: arn:${Partition}:gamelift:${Region}:${Account}:matchmakingruleset/${MatchmakingRuleSetName} */
  matchmakingRuleSet: "|,|1",
  /** The script resource type: arn:${Partition}:gamelift:${Region}:${Account}:script/${ScriptId} */
  script: "|,|1",
} as const;
const arnFormats = {
  /** ARN of a alias resource: arn:${Partition}:gamelift:${Region}::alias/${AliasId}. */
  alias: "|,alias|arn:|Partition|:gamelift:|Region|::alias/|AliasId|",
  /** ARN of a build resource: arn:${Partition}:gamelift:${Region}:${Account}:build/${BuildId}. */
  build: "|,build|arn:|Partition|:gamelift:|Region|:|Account|:build/|BuildId|",
  /** ARN of a containerFleet resource: arn:${Partition}:gamelift:${Region}:${Account}:containerfleet/${FleetId}. */
  containerFleet: "|,containerFleet|arn:|Partition|:gamelift:|Region|:|Account|:containerfleet/|FleetId|",
  /** ARN of a containerGroupDefinition resource: arn:${Partition}:gamelift:${Region}:${Account}:containergroupdefinition/${Name}. */
  containerGroupDefinition:
    "|,containerGroupDefinition|arn:|Partition|:gamelift:|Region|:|Account|:containergroupdefinition/|Name|",
  /** ARN of a fleet resource: arn:${Partition}:gamelift:${Region}:${Account}:fleet/${FleetId}. */
  fleet: "|,fleet|arn:|Partition|:gamelift:|Region|:|Account|:fleet/|FleetId|",
  /** ARN of a gameServerGroup resource: arn:${Partition}:gamelift:${Region}:${Account}:gameservergroup/${GameServerGroupName}. */
  gameServerGroup:
    "|,gameServerGroup|arn:|Partition|:gamelift:|Region|:|Account|:gameservergroup/|GameServerGroupName|",
  /** ARN of a gameSessionQueue resource: arn:${Partition}:gamelift:${Region}:${Account}:gamesessionqueue/${GameSessionQueueName}. */
  gameSessionQueue:
    "|,gameSessionQueue|arn:|Partition|:gamelift:|Region|:|Account|:gamesessionqueue/|GameSessionQueueName|",
  /** ARN of a location resource: arn:${Partition}:gamelift:${Region}:${Account}:location/${LocationId}. */
  location: "|,location|arn:|Partition|:gamelift:|Region|:|Account|:location/|LocationId|",
  /** ARN of a matchmakingConfiguration resource: arn:${Partition}:gamelift:${Region}:${Account}:matchmakingconfiguration/${MatchmakingConfigurationName}. */
  matchmakingConfiguration:
    "|,matchmakingConfiguration|arn:|Partition|:gamelift:|Region|:|Account|:matchmakingconfiguration/|MatchmakingConfigurationName|",
  /** ARN of a matchmakingRuleSet resource: arn:${Partition}:gamelift:${Region}:${Account}:matchmakingruleset/${MatchmakingRuleSetName}. */
  matchmakingRuleSet:
    "|,matchmakingRuleSet|arn:|Partition|:gamelift:|Region|:|Account|:matchmakingruleset/|MatchmakingRuleSetName|",
  /** ARN of a script resource: arn:${Partition}:gamelift:${Region}:${Account}:script/${ScriptId}. */
  script: "|,script|arn:|Partition|:gamelift:|Region|:|Account|:script/|ScriptId|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly [
  "alias",
  "build",
  "containerFleet",
  "containerGroupDefinition",
  "fleet",
  "gameServerGroup",
  "gameSessionQueue",
  "location",
  "matchmakingConfiguration",
  "matchmakingRuleSet",
  "script",
];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "gamelift">;
/** Any gamelift action. */
export type Action = ActionOf<typeof actionFacts, "gamelift">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "gamelift">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "gamelift" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every gamelift action: action name -> full action name (in each JSDoc, * marks a required resource type). */
export const actions: Actions = actionTables.actions;
/** Action name -> access level(s), resource types (required flags, condition keys), condition keys, dependent actions, operations (SDK methods), description. */
export const actionInfo: ActionInfo = actionTables.actionInfo;
/** Access level -> its actions (an action with several levels is under each). */
export const actionsByAccessLevel: ActionsByAccessLevel = actionTables.actionsByAccessLevel;
/** Resource type -> its ARN formats and condition keys. */
export type ResourceTypeInfo = ResourceTypeInfoOf<typeof resourceTypeFacts, typeof conditionKeyList, typeof arnFormats>;
/** Resource type -> its ARN formats and condition keys. */
export const resourceTypeInfo: ResourceTypeInfo = decodeResourceTypes<ResourceTypeInfo>(
  resourceTypeFacts,
  conditionKeyList,
  arnFormats,
);
/** ARN builders, one per resource type and ARN format. */
export type ArnBuilders = ArnBuildersOf<typeof arnFormats>;
/** An ARN taken apart by parseArn. */
export type ParsedArn = ParsedArnsOf<typeof arnFormats>;
/** ARN builders, one per resource type and ARN format; `partition` defaults to `aws`. */
export const arn: ArnBuilders = arnBuilders<ArnBuilders>(arnFormats);
/** `{ resourceType, ...parameters }` of an ARN of this service; undefined when no ARN format matches. */
export const parseArn: ArnParser<typeof arnFormats> = arnParser<ArnParser<typeof arnFormats>>(arnFormats);

/** Condition key -> its type names (a key with a placeholder, `${TagKey}`, is a template-literal key). */
export interface ConditionKeyTypes {
  /** Filters access by the tags that are passed in the request. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters access by the tags associated with the resource. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access by the tag keys that are passed in the request. */
  "aws:TagKeys": "ArrayOfString";
}

/** Condition key -> value type. */
export type ConditionKeys = ConditionKeysOf<ConditionKeyTypes>;

/** Condition key with a placeholder, as the reference writes it -> its template-literal key. */
export interface ConditionKeyPatterns {
  /** aws:RequestTag/${TagKey} */
  "aws:RequestTag/${TagKey}": `aws:RequestTag/${string}`;
  /** aws:ResourceTag/${TagKey} */
  "aws:ResourceTag/${TagKey}": `aws:ResourceTag/${string}`;
}

/** A condition key as the reference writes it. */
export type ConditionKeyName = (typeof conditionKeyList)[number];
/** Condition key -> description, types, deprecation. */
export type ConditionKeyInfos = { readonly [K in ConditionKeyName]: ConditionKeyInfo };
const conditionKeyRows: { readonly [K in ConditionKeyName]: string } = {
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access by the tags that are passed in the request",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by the tags associated with the resource",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by the tag keys that are passed in the request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "gamelift",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
