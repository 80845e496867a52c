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
export const prefix: "geo" = "geo";
/** The service's name in the reference. */
export const serviceName: "Amazon Location" = "Amazon Location";
/** The reference pages of this service. */
export const referencePages: readonly ReferencePage[] = [
  {
    name: "Amazon Location",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonlocation.html",
  },
];
const conditionKeyList = [
  "aws:RequestTag/${TagKey}",
  "aws:ResourceTag/${TagKey}",
  "aws:TagKeys",
  "geo:DeviceIds",
  "geo:GeofenceIds",
] as const;
const dependentActionList = [
  "geo-maps:GetStaticMap",
  "geo-maps:GetTile",
  "geo-places:Autocomplete",
  "geo-places:Geocode",
  "geo-places:GetPlace",
  "geo-places:ReverseGeocode",
  "geo-places:SearchNearby",
  "geo-places:SearchText",
  "geo-places:Suggest",
  "geo-routes:CalculateIsolines",
  "geo-routes:CalculateRouteMatrix",
  "geo-routes:CalculateRoutes",
  "geo-routes:OptimizeWaypoints",
  "geo-routes:SnapToRoads",
  "geo:CalculateRoute",
  "geo:CalculateRouteMatrix",
  "geo:GetMapGlyphs",
  "geo:GetMapSprites",
  "geo:GetMapStyleDescriptor",
  "geo:GetMapTile",
  "geo:GetPlace",
  "geo:SearchPlaceIndexForPosition",
  "geo:SearchPlaceIndexForSuggestions",
  "geo:SearchPlaceIndexForText",
  "geo:TagResource",
] as const;
const actionFacts = {
  /** Grants permission to create an association between a geofence-collection and a tracker resource. Access level: Write. Resources: tracker*. https://docs.aws.amazon.com/location/latest/APIReference/API_WaypointTracking_AssociateTrackerConsumer.html */
  AssociateTrackerConsumer: "W|||6;1;|||;",
  /** Grants permission to delete a batch of device position histories from a tracker resource. Access level: Write. Resources: tracker*. https://docs.aws.amazon.com/location/latest/APIReference/API_WaypointTracking_BatchDeleteDevicePositionHistory.html */
  BatchDeleteDevicePositionHistory: "W|||6;1;|3||;",
  /** Grants permission to delete a batch of geofences from a geofence collection. Access level: Write. Resources: geofence-collection*. https://docs.aws.amazon.com/location/latest/APIReference/API_WaypointGeofencing_BatchDeleteGeofence.html */
  BatchDeleteGeofence: "W|||1;1;|4||;",
  /** Grants permission to evaluate device positions against the position of geofences in a given geofence collection. Access level: Write. Resources: geofence-collection*. https://docs.aws.amazon.com/location/latest/APIReference/API_WaypointGeofencing_BatchEvaluateGeofences.html */
  BatchEvaluateGeofences: "W|||1;1;|||;",
  /** Grants permission to send a batch request to retrieve device positions. Access level: Read. Resources: tracker*. https://docs.aws.amazon.com/location/latest/APIReference/API_WaypointTracking_BatchGetDevicePosition.html */
  BatchGetDevicePosition: "R|||6;1;|3||;",
  /** Grants permission to send a batch request for adding geofences into a given geofence collection. Access level: Write. Resources: geofence-collection*. https://docs.aws.amazon.com/location/latest/APIReference/API_WaypointGeofencing_BatchPutGeofence.html */
  BatchPutGeofence: "W|||1;1;|4||;",
  /** Grants permission to upload a position update for one or more devices to a tracker resource. Access level: Write. Resources: tracker*. https://docs.aws.amazon.com/location/latest/APIReference/API_WaypointTracking_BatchUpdateDevicePosition.html */
  BatchUpdateDevicePosition: "W|||6;1;|3||;",
  /** Grants permission to calculate routes using a given route calculator resource. Access level: Read. Resources: route-calculator*. https://docs.aws.amazon.com/location/previous/APIReference/API_CalculateRoute.html */
  CalculateRoute: "R|||5;1;|||;,CreateKey,UpdateKey",
  /** Grants permission to calculate a route matrix using a given route calculator resource. Access level: Read. Resources: route-calculator*. https://docs.aws.amazon.com/location/previous/APIReference/API_CalculateRouteMatrix.html */
  CalculateRouteMatrix: "R|||5;1;|||;,CreateKey,UpdateKey",
  /** Grants permission to cancel a job. Access level: Write. Resources: job*. https://docs.aws.amazon.com/location/latest/APIReference/API_geojobs_CancelJob.html */
  CancelJob: "W|||2;1;|||;",
  /** Grants permission to create a geofence-collection. Access level: Write. Resources: geofence-collection*. https://docs.aws.amazon.com/location/latest/APIReference/API_WaypointGeofencing_CreateGeofenceCollection.html */
  CreateGeofenceCollection: "W|||1;1;|0,2|24|;",
  /** Grants permission to create an API key resource. Access level: Write. Resources: api-key*. https://docs.aws.amazon.com/location/latest/APIReference/API_geotags_CreateKey.html */
  CreateKey: "W|||0;1;|0,2|0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24|;",
  /** Grants permission to create a map resource. Access level: Write. Resources: map*. https://docs.aws.amazon.com/location/previous/APIReference/API_CreateMap.html */
  CreateMap: "W|||3;1;|0,2|24|;",
  /** Grants permission to create a place index resource. Access level: Write. Resources: place-index*. https://docs.aws.amazon.com/location/previous/APIReference/API_CreatePlaceIndex.html */
  CreatePlaceIndex: "W|||4;1;|0,2|24|;",
  /** Grants permission to create a route calculator resource. Access level: Write. Resources: route-calculator*. https://docs.aws.amazon.com/location/previous/APIReference/API_CreateRouteCalculator.html */
  CreateRouteCalculator: "W|||5;1;|0,2|24|;",
  /** Grants permission to create a tracker resource. Access level: Write. Resources: tracker*. https://docs.aws.amazon.com/location/latest/APIReference/API_WaypointTracking_CreateTracker.html */
  CreateTracker: "W|||6;1;|0,2|24|;",
  /** Grants permission to delete a geofence-collection. Access level: Write. Resources: geofence-collection*. https://docs.aws.amazon.com/location/latest/APIReference/API_WaypointGeofencing_DeleteGeofenceCollection.html */
  DeleteGeofenceCollection: "W|||1;1;|||;",
  /** Grants permission to delete an API key resource. Access level: Write. Resources: api-key*. https://docs.aws.amazon.com/location/latest/APIReference/API_geotags_DeleteKey.html */
  DeleteKey: "W|||0;1;|||;",
  /** Grants permission to delete a map resource. Access level: Write. Resources: map*. https://docs.aws.amazon.com/location/previous/APIReference/API_DeleteMap.html */
  DeleteMap: "W|||3;1;|||;",
  /** Grants permission to delete a place index resource. Access level: Write. Resources: place-index*. https://docs.aws.amazon.com/location/previous/APIReference/API_DeletePlaceIndex.html */
  DeletePlaceIndex: "W|||4;1;|||;",
  /** Grants permission to delete a route calculator resource. Access level: Write. Resources: route-calculator*. https://docs.aws.amazon.com/location/previous/APIReference/API_DeleteRouteCalculator.html */
  DeleteRouteCalculator: "W|||5;1;|||;",
  /** Grants permission to delete a tracker resource. Access level: Write. Resources: tracker*. https://docs.aws.amazon.com/location/latest/APIReference/API_WaypointTracking_DeleteTracker.html */
  DeleteTracker: "W|||6;1;|||;",
  /** Grants permission to retrieve geofence collection details. Access level: Read. Resources: geofence-collection*. https://docs.aws.amazon.com/location/latest/APIReference/API_WaypointGeofencing_DescribeGeofenceCollection.html */
  DescribeGeofenceCollection: "R|||1;1;|||;",
  /** Grants permission to retrieve API key resource details and secret. Access level: Read. Resources: api-key*. https://docs.aws.amazon.com/location/latest/APIReference/API_geotags_DescribeKey.html */
  DescribeKey: "R|||0;1;|||;",
  /** Grants permission to retrieve map resource details. Access level: Read. Resources: map*. https://docs.aws.amazon.com/location/previous/APIReference/API_DescribeMap.html */
  DescribeMap: "R|||3;1;|||;",
  /** Grants permission to retrieve place-index resource details. Access level: Read. Resources: place-index*. https://docs.aws.amazon.com/location/previous/APIReference/API_DescribePlaceIndex.html */
  DescribePlaceIndex: "R|||4;1;|||;",
  /** Grants permission to retrieve route calculator resource details. Access level: Read. Resources: route-calculator*. https://docs.aws.amazon.com/location/previous/APIReference/API_DescribeRouteCalculator.html */
  DescribeRouteCalculator: "R|||5;1;|||;",
  /** Grants permission to retrieve a tracker resource details. Access level: Read. Resources: tracker*. https://docs.aws.amazon.com/location/latest/APIReference/API_WaypointTracking_DescribeTracker.html */
  DescribeTracker: "R|||6;1;|||;",
  /** Grants permission to remove the association between a tracker resource and a geofence-collection. Access level: Write. Resources: tracker*. https://docs.aws.amazon.com/location/latest/APIReference/API_WaypointTracking_DisassociateTrackerConsumer.html */
  DisassociateTrackerConsumer: "W|||6;1;|||;",
  /** Grants permission to forecast events for geofences stored in a given geofence collection. Access level: Read. Resources: geofence-collection*. https://docs.aws.amazon.com/location/latest/APIReference/API_WaypointGeofencing_ForecastGeofenceEvents.html */
  ForecastGeofenceEvents: "R|||1;1;|||;",
  /** Grants permission to retrieve the latest device position. Access level: Read. Resources: tracker*. https://docs.aws.amazon.com/location/latest/APIReference/API_WaypointTracking_GetDevicePosition.html */
  GetDevicePosition: "R|||6;1;|3||;",
  /** Grants permission to retrieve the device position history. Access level: Read. Resources: tracker*. https://docs.aws.amazon.com/location/latest/APIReference/API_WaypointTracking_GetDevicePositionHistory.html */
  GetDevicePositionHistory: "R|||6;1;|3||;",
  /** Grants permission to retrieve the geofence details from a geofence-collection. Access level: Read. Resources: geofence-collection*. https://docs.aws.amazon.com/location/latest/APIReference/API_WaypointGeofencing_GetGeofence.html */
  GetGeofence: "R|||1;1;|4||;",
  /** Grants permission to retrieve job details. Access level: Read. Resources: job*. https://docs.aws.amazon.com/location/latest/APIReference/API_geojobs_GetJob.html */
  GetJob: "R|||2;1;|||;",
  /** Grants permission to retrieve the glyph file for a map resource. Access level: Read. Resources: map*. https://docs.aws.amazon.com/location/previous/APIReference/API_GetMapGlyphs.html */
  GetMapGlyphs: "R|||3;1;|||CreateKey,;,UpdateKey",
  /** Grants permission to retrieve the sprite file for a map resource. Access level: Read. Resources: map*. https://docs.aws.amazon.com/location/previous/APIReference/API_GetMapSprites.html */
  GetMapSprites: "R|||3;1;|||CreateKey,;,UpdateKey",
  /** Grants permission to retrieve the map style descriptor from a map resource. Access level: Read. Resources: map*. https://docs.aws.amazon.com/location/previous/APIReference/API_GetMapStyleDescriptor.html */
  GetMapStyleDescriptor: "R|||3;1;|||CreateKey,;,UpdateKey",
  /** Grants permission to retrieve the map tile from the map resource. Access level: Read. Resources: map*. https://docs.aws.amazon.com/location/previous/APIReference/API_GetMapTile.html */
  GetMapTile: "R|||3;1;|||CreateKey,;,UpdateKey",
  /** Grants permission to find a place by its unique ID. Access level: Read. Resources: place-index*. https://docs.aws.amazon.com/location/previous/APIReference/API_GetPlace.html */
  GetPlace: "R|||4;1;|||CreateKey,;,UpdateKey",
  /** Grants permission to retrieve a list of devices and their latest positions from the given tracker resource. Access level: Read. Resources: tracker*. https://docs.aws.amazon.com/location/latest/APIReference/API_WaypointTracking_ListDevicePositions.html */
  ListDevicePositions: "R|||6;1;|||;",
  /** Grants permission to lists geofence-collections. Access level: List. Resources: geofence-collection*. https://docs.aws.amazon.com/location/latest/APIReference/API_WaypointGeofencing_ListGeofenceCollections.html */
  ListGeofenceCollections: "L|||1;1;|||;",
  /** Grants permission to list geofences stored in a given geofence collection. Access level: Read. Resources: geofence-collection*. https://docs.aws.amazon.com/location/latest/APIReference/API_WaypointGeofencing_ListGeofences.html */
  ListGeofences: "R|||1;1;|||;",
  /** Grants permission to list jobs. Access level: List. Resources: job*. https://docs.aws.amazon.com/location/latest/APIReference/API_geojobs_ListJobs.html */
  ListJobs: "L|||2;1;|||;",
  /** Grants permission to list API key resources. Access level: List. Resources: api-key*. https://docs.aws.amazon.com/location/latest/APIReference/API_geotags_ListKeys.html */
  ListKeys: "L|||0;1;|||;",
  /** Grants permission to list map resources. Access level: List. Resources: map*. https://docs.aws.amazon.com/location/previous/APIReference/API_ListMaps.html */
  ListMaps: "L|||3;1;|||;",
  /** Grants permission to return a list of place index resources. Access level: List. Resources: place-index*. https://docs.aws.amazon.com/location/previous/APIReference/API_ListPlaceIndexes.html */
  ListPlaceIndexes: "L|||4;1;|||;",
  /** Grants permission to return a list of route calculator resources. Access level: List. Resources: route-calculator*. https://docs.aws.amazon.com/location/previous/APIReference/API_ListRouteCalculators.html */
  ListRouteCalculators: "L|||5;1;|||;",
  /** Grants permission to list the tags (metadata) which you have assigned to the resource. Access level: Read. Resources: api-key, geofence-collection, job, map, place-index, route-calculator, tracker. https://docs.aws.amazon.com/location/latest/APIReference/API_geotags_ListTagsForResource.html */
  ListTagsForResource: "R|||0;0;,1;0;,2;0;,3;0;,4;0;,5;0;,6;0;|||;",
  /** Grants permission to retrieve a list of geofence collections currently associated to the given tracker resource. Access level: Read. Resources: tracker*. https://docs.aws.amazon.com/location/latest/APIReference/API_WaypointTracking_ListTrackerConsumers.html */
  ListTrackerConsumers: "R|||6;1;|||;",
  /** Grants permission to return a list of tracker resources. Access level: List. Resources: tracker*. https://docs.aws.amazon.com/location/latest/APIReference/API_WaypointTracking_ListTrackers.html */
  ListTrackers: "L|||6;1;|||;",
  /** Grants permission to add a new geofence or update an existing geofence to a given geofence-collection. Access level: Write. Resources: geofence-collection*. https://docs.aws.amazon.com/location/latest/APIReference/API_WaypointGeofencing_PutGeofence.html */
  PutGeofence: "W|||1;1;|4||;",
  /** Grants permission to reverse geocodes a given coordinate. Access level: Read. Resources: place-index*. https://docs.aws.amazon.com/location/previous/APIReference/API_SearchPlaceIndexForPosition.html */
  SearchPlaceIndexForPosition: "R|||4;1;|||CreateKey,;,UpdateKey",
  /** Grants permission to generate suggestions for addresses and points of interest based on partial or misspelled free-form text. Access level: Read. Resources: place-index*. https://docs.aws.amazon.com/location/previous/APIReference/API_SearchPlaceIndexForSuggestions.html */
  SearchPlaceIndexForSuggestions: "R|||4;1;|||CreateKey,;,UpdateKey",
  /** Grants permission to geocode free-form text, such as an address, name, city or region. Access level: Read. Resources: place-index*. https://docs.aws.amazon.com/location/previous/APIReference/API_SearchPlaceIndexForText.html */
  SearchPlaceIndexForText: "R|||4;1;|||CreateKey,;,UpdateKey",
  /** Grants permission to start a job. Access level: Write. Resources: job*. https://docs.aws.amazon.com/location/latest/APIReference/API_geojobs_StartJob.html */
  StartJob: "W|||2;1;|0,2|24,iam:PassRole|;",
  /** Grants permission to adds to or modifies the tags of the given resource. Tags are metadata which can be used to manage a resource. Access level: Tagging. Resources: api-key, geofence-collection, job, map, place-index, route-calculator, tracker. https://docs.aws.amazon.com/location/latest/APIReference/API_geotags_TagResource.html */
  TagResource:
    "T|||0;0;,1;0;,2;0;,3;0;,4;0;,5;0;,6;0;|0,2||CreateGeofenceCollection,CreateKey,CreateMap,CreatePlaceIndex,CreateRouteCalculator,CreateTracker,StartJob,;",
  /** Grants permission to remove the given tags (metadata) from the resource. Access level: Tagging. Resources: api-key, geofence-collection, job, map, place-index, route-calculator, tracker. https://docs.aws.amazon.com/location/latest/APIReference/API_geotags_UntagResource.html */
  UntagResource: "T|||0;0;,1;0;,2;0;,3;0;,4;0;,5;0;,6;0;|2||;",
  /** Grants permission to update a geofence collection. Access level: Write. Resources: geofence-collection*. https://docs.aws.amazon.com/location/latest/APIReference/API_WaypointGeofencing_UpdateGeofenceCollection.html */
  UpdateGeofenceCollection: "W|||1;1;|||;",
  /** Grants permission to update an API key resource. Access level: Write. Resources: api-key*. https://docs.aws.amazon.com/location/latest/APIReference/API_geotags_UpdateKey.html */
  UpdateKey: "W|||0;1;||0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23|;",
  /** Grants permission to update a map resource. Access level: Write. Resources: map*. https://docs.aws.amazon.com/location/previous/APIReference/API_UpdateMap.html */
  UpdateMap: "W|||3;1;|||;",
  /** Grants permission to update a place index resource. Access level: Write. Resources: place-index*. https://docs.aws.amazon.com/location/previous/APIReference/API_UpdatePlaceIndex.html */
  UpdatePlaceIndex: "W|||4;1;|||;",
  /** Grants permission to update a route calculator resource. Access level: Write. Resources: route-calculator*. https://docs.aws.amazon.com/location/previous/APIReference/API_UpdateRouteCalculator.html */
  UpdateRouteCalculator: "W|||5;1;|||;",
  /** Grants permission to update a tracker resource. Access level: Write. Resources: tracker*. https://docs.aws.amazon.com/location/latest/APIReference/API_WaypointTracking_UpdateTracker.html */
  UpdateTracker: "W|||6;1;|||;",
  /** Grants permission to verify a device position. Access level: Read. Resources: tracker*. https://docs.aws.amazon.com/location/latest/APIReference/API_WaypointTracking_VerifyDevicePosition.html */
  VerifyDevicePosition: "R|||6;1;|3||;",
} as const;
const actionDetails = {
  AssociateTrackerConsumer:
    "|,;~~~|Grants permission to create an association between a geofence-collection and a tracker resource",
  BatchDeleteDevicePositionHistory:
    "|,;~~~|Grants permission to delete a batch of device position histories from a tracker resource",
  BatchDeleteGeofence: "|,;~~~|Grants permission to delete a batch of geofences from a geofence collection",
  BatchEvaluateGeofences:
    "|,;~~~|Grants permission to evaluate device positions against the position of geofences in a given geofence collection",
  BatchGetDevicePosition: "|,;~~~|Grants permission to send a batch request to retrieve device positions",
  BatchPutGeofence:
    "|,;~~~|Grants permission to send a batch request for adding geofences into a given geofence collection",
  BatchUpdateDevicePosition:
    "|,;~~~|Grants permission to upload a position update for one or more devices to a tracker resource",
  CalculateRoute: "|,;~~~,~~,~~|Grants permission to calculate routes using a given route calculator resource",
  CalculateRouteMatrix:
    "|,;~~~,~~,~~|Grants permission to calculate a route matrix using a given route calculator resource",
  CancelJob: "|,;~~~|Grants permission to cancel a job",
  CreateGeofenceCollection: "|,;~~~|Grants permission to create a geofence-collection",
  CreateKey: "|,;~~~|Grants permission to create an API key resource",
  CreateMap: "|,;~~~|Grants permission to create a map resource",
  CreatePlaceIndex: "|,;~~~|Grants permission to create a place index resource",
  CreateRouteCalculator: "|,;~~~|Grants permission to create a route calculator resource",
  CreateTracker: "|,;~~~|Grants permission to create a tracker resource",
  DeleteGeofenceCollection: "|,;~~~|Grants permission to delete a geofence-collection",
  DeleteKey: "|,;~~~|Grants permission to delete an API key resource",
  DeleteMap: "|,;~~~|Grants permission to delete a map resource",
  DeletePlaceIndex: "|,;~~~|Grants permission to delete a place index resource",
  DeleteRouteCalculator: "|,;~~~|Grants permission to delete a route calculator resource",
  DeleteTracker: "|,;~~~|Grants permission to delete a tracker resource",
  DescribeGeofenceCollection: "|,;~~~|Grants permission to retrieve geofence collection details",
  DescribeKey: "|,;~~~|Grants permission to retrieve API key resource details and secret",
  DescribeMap: "|,;~~~|Grants permission to retrieve map resource details",
  DescribePlaceIndex: "|,;~~~|Grants permission to retrieve place-index resource details",
  DescribeRouteCalculator: "|,;~~~|Grants permission to retrieve route calculator resource details",
  DescribeTracker: "|,;~~~|Grants permission to retrieve a tracker resource details",
  DisassociateTrackerConsumer:
    "|,;~~~|Grants permission to remove the association between a tracker resource and a geofence-collection",
  ForecastGeofenceEvents:
    "|,;~~~|Grants permission to forecast events for geofences stored in a given geofence collection",
  GetDevicePosition: "|,;~~~|Grants permission to retrieve the latest device position",
  GetDevicePositionHistory: "|,;~~~|Grants permission to retrieve the device position history",
  GetGeofence: "|,;~~~|Grants permission to retrieve the geofence details from a geofence-collection",
  GetJob: "|,;~~~|Grants permission to retrieve job details",
  GetMapGlyphs: "|,;~~~,~~,~~|Grants permission to retrieve the glyph file for a map resource",
  GetMapSprites: "|,;~~~,~~,~~|Grants permission to retrieve the sprite file for a map resource",
  GetMapStyleDescriptor: "|,;~~~,~~,~~|Grants permission to retrieve the map style descriptor from a map resource",
  GetMapTile: "|,;~~~,~~,~~|Grants permission to retrieve the map tile from the map resource",
  GetPlace: "|,;~~~,~~,~~|Grants permission to find a place by its unique ID",
  ListDevicePositions:
    "|,;~~~|Grants permission to retrieve a list of devices and their latest positions from the given tracker resource",
  ListGeofenceCollections: "|,;~~~|Grants permission to lists geofence-collections",
  ListGeofences: "|,;~~~|Grants permission to list geofences stored in a given geofence collection",
  ListJobs: "|,;~~~|Grants permission to list jobs",
  ListKeys: "|,;~~~|Grants permission to list API key resources",
  ListMaps: "|,;~~~|Grants permission to list map resources",
  ListPlaceIndexes: "|,;~~~|Grants permission to return a list of place index resources",
  ListRouteCalculators: "|,;~~~|Grants permission to return a list of route calculator resources",
  ListTagsForResource: "|,;~~~|Grants permission to list the tags (metadata) which you have assigned to the resource",
  ListTrackerConsumers:
    "|,;~~~|Grants permission to retrieve a list of geofence collections currently associated to the given tracker resource",
  ListTrackers: "|,;~~~|Grants permission to return a list of tracker resources",
  PutGeofence:
    "|,;~~~|Grants permission to add a new geofence or update an existing geofence to a given geofence-collection",
  SearchPlaceIndexForPosition: "|,;~~~,~~,~~|Grants permission to reverse geocodes a given coordinate",
  SearchPlaceIndexForSuggestions:
    "|,;~~~,~~,~~|Grants permission to generate suggestions for addresses and points of interest based on partial or misspelled free-form text",
  SearchPlaceIndexForText:
    "|,;~~~,~~,~~|Grants permission to geocode free-form text, such as an address, name, city or region",
  StartJob: "|,;~~~|Grants permission to start a job",
  TagResource:
    "|,;~~~,~~,~~,~~,~~,~~,~~,~~|Grants permission to adds to or modifies the tags of the given resource. Tags are metadata which can be used to manage a resource",
  UntagResource: "|,;~~~|Grants permission to remove the given tags (metadata) from the resource",
  UpdateGeofenceCollection: "|,;~~~|Grants permission to update a geofence collection",
  UpdateKey: "|,;~~~|Grants permission to update an API key resource",
  UpdateMap: "|,;~~~|Grants permission to update a map resource",
  UpdatePlaceIndex: "|,;~~~|Grants permission to update a place index resource",
  UpdateRouteCalculator: "|,;~~~|Grants permission to update a route calculator resource",
  UpdateTracker: "|,;~~~|Grants permission to update a tracker resource",
  VerifyDevicePosition: "|,;~~~|Grants permission to verify a device position",
};
const resourceTypeFacts = {
  /** The api-key resource type: arn:${Partition}:geo:${Region}:${Account}:api-key/${KeyName} */
  "api-key": "|,apiKey|1",
  /** The geofence-collection resource type: arn:${Partition}:geo:${Region}:${Account}:geofence-collection/${GeofenceCollectionName} */
  "geofence-collection": "|,geofenceCollection|1,4",
  /** The job resource type: arn:${Partition}:geo:${Region}:${Account}:job/${JobId} */
  job: "|,|1",
  /** The map resource type: arn:${Partition}:geo:${Region}:${Account}:map/${MapName} */
  map: "|,|1",
  /** The place-index resource type: arn:${Partition}:geo:${Region}:${Account}:place-index/${IndexName} */
  "place-index": "|,placeIndex|1",
  /** The route-calculator resource type: arn:${Partition}:geo:${Region}:${Account}:route-calculator/${CalculatorName} */
  "route-calculator": "|,routeCalculator|1",
  /** The tracker resource type: arn:${Partition}:geo:${Region}:${Account}:tracker/${TrackerName} */
  tracker: "|,|1,3",
} as const;
const arnFormats = {
  /** ARN of a api-key resource: arn:${Partition}:geo:${Region}:${Account}:api-key/${KeyName}. */
  apiKey: "|,api-key|arn:|Partition|:geo:|Region|:|Account|:api-key/|KeyName|",
  /** ARN of a geofence-collection resource: arn:${Partition}:geo:${Region}:${Account}:geofence-collection/${GeofenceCollectionName}. */
  geofenceCollection:
    "|,geofence-collection|arn:|Partition|:geo:|Region|:|Account|:geofence-collection/|GeofenceCollectionName|",
  /** ARN of a job resource: arn:${Partition}:geo:${Region}:${Account}:job/${JobId}. */
  job: "|,job|arn:|Partition|:geo:|Region|:|Account|:job/|JobId|",
  /** ARN of a map resource: arn:${Partition}:geo:${Region}:${Account}:map/${MapName}. */
  map: "|,map|arn:|Partition|:geo:|Region|:|Account|:map/|MapName|",
  /** ARN of a place-index resource: arn:${Partition}:geo:${Region}:${Account}:place-index/${IndexName}. */
  placeIndex: "|,place-index|arn:|Partition|:geo:|Region|:|Account|:place-index/|IndexName|",
  /** ARN of a route-calculator resource: arn:${Partition}:geo:${Region}:${Account}:route-calculator/${CalculatorName}. */
  routeCalculator: "|,route-calculator|arn:|Partition|:geo:|Region|:|Account|:route-calculator/|CalculatorName|",
  /** ARN of a tracker resource: arn:${Partition}:geo:${Region}:${Account}:tracker/${TrackerName}. */
  tracker: "|,tracker|arn:|Partition|:geo:|Region|:|Account|:tracker/|TrackerName|",
} as const;
/** The resource types, in the order action facts index them (the keys of resourceTypeFacts). */
type ResourceTypeList = readonly [
  "api-key",
  "geofence-collection",
  "job",
  "map",
  "place-index",
  "route-calculator",
  "tracker",
];
/** Action name -> full action name. */
export type Actions = ActionsOf<typeof actionFacts, "geo">;
/** Any geo action. */
export type Action = ActionOf<typeof actionFacts, "geo">;
/** Action name -> what the reference says about it. */
export type ActionInfo = ActionInfoOf<
  typeof actionFacts,
  typeof conditionKeyList,
  ResourceTypeList,
  typeof dependentActionList
>;
/** Access level -> its actions. */
export type ActionsByAccessLevel = ActionsByAccessLevelOf<typeof actionFacts, "geo">;
const actionTables = decodeActions<Actions, ActionInfo, ActionsByAccessLevel>(
  prefix,
  actionFacts,
  actionDetails,
  { package: "Boto3", client: "location" },
  { keys: conditionKeyList, resourceTypes: Object.keys(resourceTypeFacts), dependentActions: dependentActionList },
);
/** Every geo action: action name -> full action name (in each JSDoc, * marks a required resource type). */
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
  /** Filters access by a tag's key and value in a request. */
  [key: `aws:RequestTag/${string}`]: "String";
  /** Filters access by the presence of tag key-value pairs in the request. */
  [key: `aws:ResourceTag/${string}`]: "String";
  /** Filters access by the tag keys in a request. */
  "aws:TagKeys": "ArrayOfString";
  /** Filters access by the presence of device ids in the request. */
  "geo:DeviceIds": "ArrayOfString";
  /** Filters access by the presence of geofence ids in the request. */
  "geo:GeofenceIds": "ArrayOfString";
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
  "aws:RequestTag/${TagKey}": "|,String|0||Filters access by a tag's key and value in a request",
  "aws:ResourceTag/${TagKey}": "|,String|0||Filters access by the presence of tag key-value pairs in the request",
  "aws:TagKeys": "|,ArrayOfString|0||Filters access by the tag keys in a request",
  "geo:DeviceIds": "|,ArrayOfString|0||Filters access by the presence of device ids in the request",
  "geo:GeofenceIds": "|,ArrayOfString|0||Filters access by the presence of geofence ids in the request",
};
/** Condition key -> description, types and, when deprecated, the replacement. */
export const conditionKeyInfo: ConditionKeyInfos = decodeConditionKeys<ConditionKeyInfos>(conditionKeyRows);
/** A Condition block: each operator takes only keys of a type it compares. */
export type Condition = ConditionBlock<ConditionKeyTypes>;
/** A statement for actions `A`; its Condition takes the keys that apply to `A` and global `aws:` keys. */
export type Statement<A extends Action = Action> = StatementOf<
  "geo",
  A,
  ActionInfo,
  ResourceTypeInfo,
  ConditionKeyTypes,
  ConditionKeyPatterns
>;
/** The statement, typed as Statement<A> with `A` inferred from its Action. */
export const statement = <const A extends Action>(statement: Statement<A>): Statement<A> => statement;
