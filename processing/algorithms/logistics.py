"""Logistics: access cost from a base along roads then off road, access to targets, and a drill-programme plan.

Science in ``science/access.py`` (road network and off-road cost distance, both with scipy.sparse.csgraph) and
``science/drillplan.py``. Every layer is reprojected to one projected working CRS; rasters must be in it already.

The road network is solved in the science rather than by a child run of QGIS's ``native:shortestpathpointtolayer`` /
``native:serviceareafrompoint``: one run gives the time to every road point at once (the raster needs them all,
and QGIS would need one run per target), speeds can come from a road class, and costs stay planar (map metres,
like the raster), where QGIS measures network costs on the ellipsoid. The tests check the road times against
``native:shortestpathpointtolayer``.
"""
import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterExtent,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
)

from ...science.features import FeatureTable, linestring_wkt, linestring_z_wkt, point_wkt
from ...science.grid import GridSpec
from ...science.logistics import access, drillplan
from ..base import LodestoneAlgorithm, number_parameter, number_value, xy_array
from ..compat import ProcessingFieldParameterDataType, ProcessingSourceType

SPEED_TABLE_TEXT = ("winter road, skid trail, ATV trail 15 km/h; highway, route, paved 80; forestry, gravel, logging "
                    "40; anything else 30")


def _number_or_none(value, decimals=4):
    """NaN and inf as None (NULL in the output), numbers rounded for tables."""
    return None if value is None or not np.isfinite(value) else round(float(value), decimals)


class LogisticsAlgorithm(LodestoneAlgorithm):
    """Shared parameters and reading of roads, barriers, slope and base."""

    GROUP_ID = "logistics"
    REQUIRES = ("scipy", "rasterio")
    BYTES_PER_CELL = 64  # measured about 47 through accesscost (friction, costs, outputs; docs/algorithms/logistics.md)
    ROADS, SPEED_FIELD, CLASS_FIELD, SNAP_TOLERANCE = "ROADS", "SPEED_FIELD", "CLASS_FIELD", "SNAP_TOLERANCE"
    JOIN_CROSSINGS = "JOIN_CROSSINGS"
    BARRIERS, BARRIER_FACTOR, SLOPE, DEM, OFFROAD_SPEED = "BARRIERS", "BARRIER_FACTOR", "SLOPE", "DEM", "OFFROAD_SPEED"
    BASE, CELL_SIZE, BASE_SNAP_DISTANCE = "BASE", "CELL_SIZE", "BASE_SNAP_DISTANCE"
    RASTERS = ("REFERENCE", "SLOPE", "DEM", "TRAVEL_TIME")

    def add_road_parameters(self):
        self.add_parameter(QgsProcessingParameterFeatureSource(self.ROADS, self.tr("Roads"),
                                                               [ProcessingSourceType.VectorLine]),
                           "Road lines (highway, forestry roads, winter roads). Roads join where they share a vertex, "
                           "where one ends on another (a T-junction) and where they cross (see JOIN_CROSSINGS); all "
                           "are two-way. Parts of the network that do not connect are reported. Reprojected to the "
                           "working CRS if needed.")
        self.add_parameter(QgsProcessingParameterField(self.SPEED_FIELD, self.tr("Speed field (km/h)"), None,
                                                       self.ROADS, ProcessingFieldParameterDataType.Numeric,
                                                       optional=True),
                           "Driving speed of each road in km/h. Empty or missing values: the class field's speed.")
        self.add_parameter(QgsProcessingParameterField(self.CLASS_FIELD, self.tr("Road class field"), None,
                                                       self.ROADS, optional=True),
                           "Road class text, turned into a speed by the table: " + SPEED_TABLE_TEXT + ".")
        self.add_parameter(number_parameter(self.SNAP_TOLERANCE, self.tr("Road snapping tolerance (m)"),
                                            access.SNAP_TOLERANCE, 0.0),
                           "Road vertices closer than this (m) are joined into one node, and a road ending this close "
                           "to another road's segment joins it there.", advanced=True)
        self.add_parameter(QgsProcessingParameterBoolean(self.JOIN_CROSSINGS, self.tr("Join roads where they cross"),
                                                         True, optional=True),  # optional: older models lack it
                           "On: two roads that cross meet there (an at-grade intersection). Off: crossings are "
                           "bridges or overpasses, and roads meet only at shared vertices and T-junctions.",
                           advanced=True)

    def add_ground_parameters(self):
        self.add_parameter(QgsProcessingParameterFeatureSource(self.BARRIERS, self.tr("Barriers (lakes, wetlands)"),
                                                               [ProcessingSourceType.VectorPolygon], optional=True),
                           "Polygons that cannot be crossed off road (or cost BARRIER_FACTOR times more). Every cell "
                           "a polygon touches is blocked.")
        self.add_parameter(number_parameter(self.BARRIER_FACTOR, self.tr("Barrier cost factor"), 0.0, 0.0),
                           "0 = barriers are impassable. Above 0: crossing a barrier cell takes this many times "
                           "longer than open ground (e.g. 2 for lake ice in winter).")
        self.add_parameter(QgsProcessingParameterRasterLayer(self.SLOPE, self.tr("Slope (degrees)"), optional=True),
                           "Ground slope in degrees (same CRS): off-road travel is slowed by exp(3.5 tan(slope)) "
                           "(Tobler 1993).", advanced=True)
        self.add_parameter(QgsProcessingParameterRasterLayer(self.DEM, self.tr("Elevation (DEM)"), optional=True),
                           "Elevation in metres (same CRS); its slope is used when no slope raster is given.",
                           advanced=True)
        self.add_parameter(number_parameter(self.OFFROAD_SPEED, self.tr("Off-road speed (km/h)"),
                                            access.OFFROAD_SPEED, 0.01, 100.0),
                           "Speed over flat open ground in km/h: 4 for an ATV or a crew walking in bush.")

    def add_base_parameter(self):
        self.add_parameter(QgsProcessingParameterFeatureSource(self.BASE, self.tr("Base (camp, town, junction)"),
                                                               [ProcessingSourceType.VectorPoint], optional=True),
                           "Travel starts from the first point, snapped to the nearest road (the snap distance is "
                           "reported). Empty: times are counted from the nearest road.")
        self.addOutput(QgsProcessingOutputNumber(self.BASE_SNAP_DISTANCE, self.tr("Base snap distance (m)")))

    # ------------------------------------------------------------------------------------------------------------

    def working_crs(self, crs_list):
        """The first projected CRS of the inputs given (None entries skipped)."""
        given = [crs for crs in crs_list if crs is not None and crs.isValid()]
        for crs in given:
            if not crs.isGeographic():
                return crs
        self.require_projected(given[0] if given else QgsCoordinateReferenceSystem(), self.tr("Every input layer"))
        return None

    def source_crs(self, parameters, names, context):
        """The CRS of each named layer parameter (None where not given)."""
        crs_list = []
        for name in names:
            layer = self.parameterAsRasterLayer(parameters, name, context) if name in self.RASTERS else \
                self.parameterAsSource(parameters, name, context)
            crs_list.append(None if layer is None else layer.crs() if name in self.RASTERS else layer.sourceCrs())
        return crs_list

    def source(self, parameters, name, context, what, required=True):
        source = self.parameterAsSource(parameters, name, context)
        if source is None and required:
            raise QgsProcessingException(self.tr("{} could not be read.").format(what))
        return source

    def read_network(self, parameters, context, feedback, crs):
        roads = self.source(parameters, self.ROADS, context, self.tr("The road layer"))
        speed_field = self.parameterAsString(parameters, self.SPEED_FIELD, context)
        class_field = self.parameterAsString(parameters, self.CLASS_FIELD, context)
        fields = [f for f in (speed_field, class_field) if f]
        lines, attributes = self.read_geometries(roads, feedback, fields, crs, context)
        speeds = access.road_speeds(len(lines), attributes.get(speed_field), attributes.get(class_field))
        if roads.sourceCrs() != crs:
            feedback.pushInfo(self.tr("Roads reprojected from {} to {}.").format(roads.sourceCrs().authid(),
                                                                                 crs.authid()))
        network = self.run_science(feedback, access.build_network, lines, speeds,
                                   self.parameterAsDouble(parameters, self.SNAP_TOLERANCE, context),
                                   self.parameterAsBool(parameters, self.JOIN_CROSSINGS, context))
        feedback.pushInfo(self.tr("Road network: {} nodes, {} segments, {:.1f} km; speeds {:g}-{:g} km/h.").format(
            len(network.nodes), len(network.start), network.length_m.sum() / 1000, speeds.min(), speeds.max()))
        return network, lines

    def read_reach(self, parameters, context, feedback, crs, network):
        """Network reach from the base, or None (with a warning) without one."""
        base = self.source(parameters, self.BASE, context, "", required=False)
        if base is None:
            feedback.pushWarning(self.tr("No base given: travel times are counted from the nearest road."))
            if access.describe_parts(network):
                feedback.pushWarning(self.tr(access.describe_parts(network)))
            return None
        points, _ = self.read_points(base, feedback, crs=crs, context=context, centroids=True)
        if not len(points):
            raise QgsProcessingException(self.tr("The base layer has no point: give the camp, town or road "
                                                 "junction as one point."))
        reach = self.run_science(feedback, access.reach_from, network, points[0])
        parts = access.describe_parts(network, points[0])
        if parts:
            feedback.pushWarning(self.tr(parts))
        connected = np.isfinite(reach.hours).mean()
        feedback.pushInfo(self.tr("Base snapped to the road {:.1f} m away; {:.0%} of the road nodes are connected "
                                  "to it.").format(reach.snap_distance_m, connected))
        if reach.snap_distance_m > 100:
            feedback.pushWarning(self.tr("The base is {:.0f} m from the nearest road: travel starts from that road "
                                         "point.").format(reach.snap_distance_m))
        return reach

    def raster_on_grid(self, parameters, name, context, crs, grid, what):
        """A raster parameter's values on ``grid`` (nearest cell), with its own grid; (None, None) if not given."""
        layer = self.parameterAsRasterLayer(parameters, name, context)
        if layer is None:
            return None, None
        values, own_grid, layer_crs = self.read_raster(layer)
        if layer_crs != crs:
            raise QgsProcessingException(self.tr(
                "{} is in {}, the other inputs in {}: warp it to {} first (Raster > Projections > Warp).").format(
                    what, layer_crs.authid(), crs.authid(), crs.authid()))
        return (values if own_grid == grid else access.resample_nearest(values, own_grid, grid)), (values, own_grid)

    def read_ground(self, parameters, context, feedback, crs, grid):
        barrier_source = self.source(parameters, self.BARRIERS, context, "", required=False)
        rings = []
        if barrier_source is not None:
            rings, _ = self.read_geometries(barrier_source, feedback, (), crs, context)
        slope, _ = self.raster_on_grid(parameters, self.SLOPE, context, crs, grid, self.tr("The slope raster"))
        if slope is None:
            _, dem = self.raster_on_grid(parameters, self.DEM, context, crs, grid, self.tr("The DEM"))
            if dem is not None:
                own_slope = self.run_science(feedback, access.slope_from_dem, *dem)
                slope = access.resample_nearest(own_slope, dem[1], grid)
        elif self.parameterAsRasterLayer(parameters, self.DEM, context) is not None:
            feedback.pushInfo(self.tr("Both slope and DEM given: the slope raster is used."))
        factor = self.parameterAsDouble(parameters, self.BARRIER_FACTOR, context)
        ground = self.run_science(feedback, access.make_ground, grid, rings, factor or None, slope,
                                  self.parameterAsDouble(parameters, self.OFFROAD_SPEED, context))
        feedback.pushInfo(self.tr("Off-road grid {} x {} cells of {:g} m; {} barriers ({}).").format(
            grid.cols, grid.rows, grid.cell_x, len(rings), self.tr("impassable") if not factor else
            self.tr("x{:g} cost").format(factor)))
        return ground


class AccessCostAlgorithm(LogisticsAlgorithm):
    ALGORITHM_ID = "accesscost"
    OUTPUT_STYLES = {"TRAVEL_TIME": "travel_time", "SERVICE_AREAS": "service_areas"}
    DISPLAY_NAME = "Access cost (travel time from a base)"
    HELP_ANCHOR = "accesscost"
    SHORT_HELP = (
        "Travel time in hours from a base (camp, town, highway junction) to every cell: along the roads at their "
        "speed (SPEED_FIELD in km/h, or CLASS_FIELD through the table " + SPEED_TABLE_TEXT + "), then off road at "
        "OFFROAD_SPEED km/h over an 8-connected grid, slowed by slope (Tobler 1993: exp(3.5 tan(slope))) and "
        "blocked by barriers (lakes, wetlands) or slowed by BARRIER_FACTOR. TRAVEL_TIME is nodata where no road "
        "connected to the base can be reached. DISTANCE_TO_ROAD is the off-road distance in metres to the nearest "
        "road, around barriers. SERVICE_AREAS are polygons of the ground reachable within each of HOUR_BANDS hours "
        "(bands nest). Without a base, times are counted from the nearest road. Shortest paths by Dijkstra's "
        "algorithm (scipy.sparse.csgraph); off-road paths on the grid are up to 8 % longer than straight lines.")
    REFERENCE, EXTENT, HOUR_BANDS = "REFERENCE", "EXTENT", "HOUR_BANDS"
    TRAVEL_TIME, DISTANCE_TO_ROAD, SERVICE_AREAS = "TRAVEL_TIME", "DISTANCE_TO_ROAD", "SERVICE_AREAS"

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_road_parameters()
        self.add_ground_parameters()
        self.add_base_parameter()
        self.add_parameter(QgsProcessingParameterRasterLayer(self.REFERENCE, self.tr("Reference grid"),
                                                             optional=True),
                           "The outputs are made on this raster's grid and CRS. Empty: CELL_SIZE cells over EXTENT.")
        self.add_parameter(number_parameter(self.CELL_SIZE, self.tr("Cell size (m)"), 25.0, 0.01),
                           "Cell size in metres when there is no reference grid.")
        self.add_parameter(QgsProcessingParameterExtent(self.EXTENT, self.tr("Extent"), optional=True),
                           "Area of the outputs when there is no reference grid. Empty: the roads' extent plus 1 km.")
        self.add_parameter(QgsProcessingParameterString(self.HOUR_BANDS, self.tr("Service-area hour bands"),
                                                        "0.5,1,2"),
                           "Hours from the base, separated by commas: one set of polygons for each.")
        self.add_parameter(QgsProcessingParameterRasterDestination(self.TRAVEL_TIME, self.tr("Travel time (h)")),
                           "Hours from the base by road then off road; nodata where unreachable.")
        self.add_parameter(QgsProcessingParameterRasterDestination(self.DISTANCE_TO_ROAD,
                                                                   self.tr("Distance to road (m)"), optional=True),
                           "Off-road distance in metres to the nearest road, around impassable barriers.")
        self.add_parameter(QgsProcessingParameterFeatureSink(self.SERVICE_AREAS, self.tr("Service areas"),
                                                             ProcessingSourceType.VectorPolygon, optional=True),
                           "Polygons of the ground reachable within each band, with field hours.")

    def map_grid(self, parameters, context, crs, lines):
        reference = self.parameterAsRasterLayer(parameters, self.REFERENCE, context)
        if reference is not None:
            return self.check_grid(self.reference_grid(reference)[0], "The access grid")
        cell = self.parameterAsDouble(parameters, self.CELL_SIZE, context)
        extent = self.parameterAsExtent(parameters, self.EXTENT, context, crs)
        if extent.isNull() or extent.isEmpty():
            vertices = np.vstack(lines)
            (west, south), (east, north) = vertices.min(axis=0) - 1000.0, vertices.max(axis=0) + 1000.0
        else:
            west, south, east, north = extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum()
        return self.check_grid(GridSpec.from_bounds(west, south, east, north, cell), "The access grid")

    def process(self, parameters, context, feedback):
        crs = self.working_crs(self.source_crs(parameters, (self.REFERENCE, self.ROADS, self.BARRIERS, self.BASE),
                                               context))
        bands = self.run_science(feedback, access.parse_hour_bands,
                                 self.parameterAsString(parameters, self.HOUR_BANDS, context))
        network, lines = self.read_network(parameters, context, feedback, crs)
        grid = self.map_grid(parameters, context, crs, lines)
        ground = self.read_ground(parameters, context, feedback, crs, grid)
        reach = self.read_reach(parameters, context, feedback, crs, network)
        feedback.setProgress(10)
        hours = self.run_science(feedback, access.travel_time, ground, network, reach, progress_range=(10, 55))
        if hours is None:
            return {}
        outputs = {self.BASE_SNAP_DISTANCE: reach.snap_distance_m if reach is not None else None,
                   self.TRAVEL_TIME: self.write_raster(self.parameterAsOutputLayer(parameters, self.TRAVEL_TIME,
                                                                                   context), hours, grid, crs,
                                                       "travel time (h)")}
        feedback.pushInfo(self.tr("Reachable: {:.0%} of the cells; farthest {:.2f} h.").format(
            np.isfinite(hours).mean(), np.nanmax(hours) if np.isfinite(hours).any() else float("nan")))
        distance_path = self.parameterAsOutputLayer(parameters, self.DISTANCE_TO_ROAD, context)
        if distance_path:
            metres = self.run_science(feedback, access.distance_to_road, ground, network, progress_range=(55, 90))
            if metres is None:
                return {}
            outputs[self.DISTANCE_TO_ROAD] = self.write_raster(distance_path, metres, grid, crs, "distance to road (m)")
        table = FeatureTable("service_areas", "Polygon", 0, {"hours": float})
        for band, wkt in self.run_science(feedback, access.service_areas, hours, grid, bands):
            table.add({"hours": band}, wkt)
        dest = self.write_table(table, parameters, self.SERVICE_AREAS, context, feedback, crs)
        if dest is not None:
            outputs[self.SERVICE_AREAS] = dest
        return outputs


class TargetAccessAlgorithm(LogisticsAlgorithm):
    ALGORITHM_ID = "targetaccess"
    OUTPUT_STYLES = {"ACCESS_POINTS": "access_points", "TRAILS": "trails"}
    DISPLAY_NAME = "Target access (trails from the road)"
    HELP_ANCHOR = "targetaccess"
    SHORT_HELP = (
        "For each target (a point, or a polygon's centroid): the nearest road point in off-road travel time "
        "(around barriers; only roads connected to the base count), a proposed trail to it that never crosses an "
        "impassable barrier (the least-cost path on a CELL_SIZE grid), its off-road length (m), the road distance "
        "(km) from the base to the access point along the quickest route and the travel time (h, road plus "
        "trail). A target inside a lake or wetland, or enclosed by barriers, is reported unreachable with the "
        "reason, never routed through water. Speeds as in Access cost: " + SPEED_TABLE_TEXT + ".")
    TARGETS, ID_FIELD, ACCESS_POINTS, TRAILS, TABLE = "TARGETS", "ID_FIELD", "ACCESS_POINTS", "TRAILS", "TABLE"

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_parameter(QgsProcessingParameterFeatureSource(
            self.TARGETS, self.tr("Targets"), [ProcessingSourceType.VectorPoint, ProcessingSourceType.VectorPolygon]),
            "Drill targets: points, or polygons (their centroid is reached).")
        self.add_parameter(QgsProcessingParameterField(self.ID_FIELD, self.tr("Target id field"), None, self.TARGETS,
                                                       optional=True),
                           "Names the targets in the outputs. Empty: the feature order, from 1.")
        self.add_road_parameters()
        self.add_ground_parameters()
        self.add_base_parameter()
        self.add_parameter(number_parameter(self.CELL_SIZE, self.tr("Cell size (m)"), 25.0, 0.01),
                           "Cell size of the off-road grid the trails are traced on (m).")
        self.add_parameter(QgsProcessingParameterFeatureSink(self.ACCESS_POINTS, self.tr("Access points"),
                                                             ProcessingSourceType.VectorPoint),
                           "Where each reachable target's trail leaves the road.")
        self.add_parameter(QgsProcessingParameterFeatureSink(self.TRAILS, self.tr("Trails"),
                                                             ProcessingSourceType.VectorLine),
                           "Proposed trails from the access point to the target.")
        self.add_parameter(QgsProcessingParameterFeatureSink(self.TABLE, self.tr("Target access table"),
                                                             ProcessingSourceType.Vector),
                           "Per target: target_id, reachable (1/0), reason, access_x, access_y, offroad_m, road_km, "
                           "travel_time_h.")

    def process(self, parameters, context, feedback):
        targets_source = self.source(parameters, self.TARGETS, context, self.tr("The target layer"))
        crs = self.working_crs(self.source_crs(parameters, (self.TARGETS, self.ROADS, self.BARRIERS, self.BASE),
                                               context))
        id_field = self.parameterAsString(parameters, self.ID_FIELD, context)
        targets, attributes = self.read_points(targets_source, feedback, [id_field] if id_field else [], crs, context,
                                               centroids=True)
        if not len(targets):
            raise QgsProcessingException(self.tr("The target layer has no features: give the drill targets as "
                                                 "points or polygons."))
        names = [str(v) for v in attributes[id_field]] if id_field else [str(i) for i in range(1, len(targets) + 1)]
        network, _ = self.read_network(parameters, context, feedback, crs)
        grid = self.check_grid(self.target_grid(targets, network,
                                                self.parameterAsDouble(parameters, self.CELL_SIZE, context)),
                               "The trail grid")
        ground = self.read_ground(parameters, context, feedback, crs, grid)
        reach = self.read_reach(parameters, context, feedback, crs, network)
        found = self.run_science(feedback, access.target_access, ground, network, targets, reach,
                                 progress_range=(10, 90))
        if found is None:
            return {}
        fields = {"target_id": str, "reachable": int, "reason": str, "access_x": float, "access_y": float,
                  "offroad_m": float, "road_km": float, "travel_time_h": float}
        table = FeatureTable("target_access", None, 0, fields)
        points = FeatureTable("access_points", "Point", 0, fields)
        trails = FeatureTable("trails", "LineString", 0, fields)
        for name, result in zip(names, found):
            row = {"target_id": name, "reachable": int(result.reachable), "reason": result.reason,
                   "offroad_m": _number_or_none(result.offroad_m), "road_km": _number_or_none(result.road_km),
                   "travel_time_h": _number_or_none(result.travel_time_h), "access_x": None, "access_y": None}
            if result.reachable:
                row["access_x"], row["access_y"] = (round(float(v), 3) for v in result.access_point)
                points.add(row, point_wkt(*result.access_point))
                trails.add(row, linestring_wkt(result.trail))
            else:
                feedback.pushWarning(self.tr("Target {}: unreachable, {}.").format(name, result.reason))
            table.add(row)
        feedback.pushInfo(self.tr("{} of {} targets reachable.").format(len(points), len(table)))
        outputs = {name: self.write_table(t, parameters, name, context, feedback, crs)
                   for name, t in ((self.ACCESS_POINTS, points), (self.TRAILS, trails), (self.TABLE, table))}
        outputs[self.BASE_SNAP_DISTANCE] = reach.snap_distance_m if reach is not None else None
        return outputs

    @staticmethod
    def target_grid(targets, network, cell):
        """Cells over the targets and their nearest road points (straight line), plus a margin for detours of
        1 km or 40 cells, whichever is more."""
        nearest = np.array([network.nearest(point)[2] for point in targets])
        corners = np.vstack([targets, nearest])
        margin = max(1000.0, 40 * cell)
        (west, south), (east, north) = corners.min(axis=0) - margin, corners.max(axis=0) + margin
        return GridSpec.from_bounds(west, south, east, north, cell)


class PlanDrillProgramAlgorithm(LogisticsAlgorithm):
    ALGORITHM_ID = "plandrillprogram"
    OUTPUT_STYLES = {"COLLARS": "planned_collars", "TRACES": "planned_traces"}
    DISPLAY_NAME = "Plan drill programme"
    HELP_ANCHOR = "plandrillprogram"
    SHORT_HELP = (
        "Places straight diamond-drill holes that cross ranked target polygons at TARGET_DEPTH metres vertical "
        "below the ground, drilled across STRIKE (degrees clockwise from north; or the length-weighted mean strike "
        "of STRIKE_LAYER's lines) at DIP degrees (negative downward). Each pierce point is in the middle of the "
        "target's width, at stations spread along its strike; the collar is up-dip from it, depth / tan|dip| "
        "metres away, and the hole is depth / sin|dip| metres to the pierce point plus a 30 m tail. As many holes "
        "as TOTAL_METRES allows between MIN_HOLES and MAX_HOLES are shared over the targets in proportion to "
        "1 / rank (the top two get at least one each). Collars must be off BARRIERS and, with a TRAVEL_TIME "
        "raster (from Access cost), on reachable ground: a hole is drilled from the other side or moved along "
        "strike when they are not, and the side with the lower travel time is preferred. With a DEM, collar "
        "elevations come from it (else z = 0 and depths are below the collar). "
        "Aiming at a fitted zone: give ZONE_SURFACE, the SURFACE of Zone geometry (the zone's mid-surface "
        "elevation, m). A target over the surface is then drilled at the zone: its pierce points lie on the surface "
        "TARGET_DEPTH m below the ground (the DEM, else Zone geometry's ground: the mean collar elevation of "
        "ZONE_PIERCE_POINTS, else the surface's top), spread along the zone's strike within the target's, and each "
        "hole is drilled against the zone's local dip (azimuth = dip direction + 180) at DIP, collared at the "
        "ground; such a hole is moved along strike but never drilled from the other side. Targets off the surface "
        "are drilled as without it. A surface that does not reach TARGET_DEPTH under a target stops the run: add "
        "that depth to Zone geometry's LEVELS. TESTED_DEPTH (m below the ground; empty: the deepest "
        "vertical_depth_m of ZONE_PIERCE_POINTS) is the deepest level already drilled: each hole's below_tested_m "
        "says how far below it the hole pierces, and a TARGET_DEPTH not below it is warned of.")
    TARGETS, RANK_FIELD, STRIKE, STRIKE_LAYER = "TARGETS", "RANK_FIELD", "STRIKE", "STRIKE_LAYER"
    TARGET_DEPTH, DIP, TOTAL_METRES, MIN_HOLES, MAX_HOLES = (
        "TARGET_DEPTH", "DIP", "TOTAL_METRES", "MIN_HOLES", "MAX_HOLES")
    TRAVEL_TIME, COLLARS, TRACES, SUMMARY = "TRAVEL_TIME", "COLLARS", "TRACES", "SUMMARY"
    ZONE_SURFACE, ZONE_PIERCE_POINTS, TESTED_DEPTH = "ZONE_SURFACE", "ZONE_PIERCE_POINTS", "TESTED_DEPTH"
    RASTERS = LogisticsAlgorithm.RASTERS + (ZONE_SURFACE,)

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_parameter(QgsProcessingParameterFeatureSource(self.TARGETS, self.tr("Targets (ranked polygons)"),
                                                               [ProcessingSourceType.VectorPolygon]),
                           "Plan outlines of the target zones, in a projected CRS.")
        self.add_parameter(QgsProcessingParameterField(self.RANK_FIELD, self.tr("Rank field"), "rank", self.TARGETS,
                                                       ProcessingFieldParameterDataType.Numeric, optional=True),
                           "Rank of each target, 1 = drill first. Empty or missing: the feature order.")
        self.add_parameter(number_parameter(self.STRIKE, self.tr("Strike (deg)"), None, -360.0, 360.0,
                                            optional=True),
                           "Strike of the target zones, degrees clockwise from north. Holes are drilled at 90 "
                           "degrees to it. Empty with ZONE_SURFACE: the zone's strike.")
        self.add_parameter(QgsProcessingParameterFeatureSource(self.STRIKE_LAYER, self.tr("Strike from lines"),
                                                               [ProcessingSourceType.VectorLine], optional=True),
                           "Lineaments or corridor axes: their length-weighted mean strike is used instead of "
                           "STRIKE.")
        self.add_parameter(number_parameter(self.TARGET_DEPTH, self.tr("Target depth (m vertical)"), 200.0, 1.0,
                                            5000.0),
                           "Vertical depth below the ground at which each hole crosses its target (m).")
        self.add_parameter(number_parameter(self.DIP, self.tr("Dip (deg, negative down)"), -55.0, -90.0, -1.0),
                           "Hole inclination from horizontal, negative downward: -55 is drilled down at 55 degrees.")
        self.add_parameter(number_parameter(self.TOTAL_METRES, self.tr("Metre budget"), 1500.0, 1.0),
                           "Total metres that may be drilled.")
        self.add_parameter(number_parameter(self.MIN_HOLES, self.tr("Minimum holes"), 4, 1, 1000, integer=True),
                           "Fewest holes the programme must have; the budget must cover them.")
        self.add_parameter(number_parameter(self.MAX_HOLES, self.tr("Maximum holes"), 6, 1, 1000, integer=True),
                           "Most holes the programme may have.")
        self.add_parameter(QgsProcessingParameterRasterLayer(self.TRAVEL_TIME, self.tr("Travel time (h)"),
                                                             optional=True),
                           "Travel-time raster from Access cost: collars must be on reachable (non-nodata) cells; "
                           "the side with lower travel time is preferred.")
        self.add_parameter(QgsProcessingParameterFeatureSource(self.BARRIERS, self.tr("Barriers (lakes, wetlands)"),
                                                               [ProcessingSourceType.VectorPolygon], optional=True),
                           "No collar is placed inside these polygons.")
        self.add_parameter(QgsProcessingParameterRasterLayer(self.DEM, self.tr("Elevation (DEM)"), optional=True),
                           "Ground elevation (m): collar z, and depths below the ground. Empty: z = 0 (with "
                           "ZONE_SURFACE: Zone geometry's ground).")
        self.add_parameter(QgsProcessingParameterRasterLayer(self.ZONE_SURFACE, self.tr("Zone surface (m)"),
                                                             optional=True),
                           "The SURFACE of Zone geometry: the zone's mid-surface elevation in m (same CRS as the "
                           "targets), nodata off the zone. Targets over it are drilled at the zone, against its "
                           "local dip. It must reach TARGET_DEPTH: Zone geometry maps it down to its deepest LEVELS "
                           "value.")
        self.add_parameter(QgsProcessingParameterFeatureSource(self.ZONE_PIERCE_POINTS,
                                                               self.tr("Zone pierce points"),
                                                               [ProcessingSourceType.VectorPoint], optional=True),
                           "The PIERCE_POINTS of Zone geometry (fields vertical_depth_m and z): without a DEM the "
                           "ground is their mean collar elevation (z + vertical_depth_m), Zone geometry's own; "
                           "their deepest vertical_depth_m is the tested depth when TESTED_DEPTH is empty.")
        self.add_parameter(number_parameter(self.TESTED_DEPTH, self.tr("Deepest tested level (m vertical)"), None,
                                            0.0, 10000.0, optional=True),
                           "Vertical depth below the ground (m) of the deepest level already drilled in the zone "
                           "(in every target without ZONE_SURFACE). Each hole's below_tested_m is how far below it "
                           "the hole pierces; a TARGET_DEPTH not below it is warned of. Empty: the deepest "
                           "vertical_depth_m of ZONE_PIERCE_POINTS, or none.")
        self.add_parameter(QgsProcessingParameterFeatureSink(self.COLLARS, self.tr("Planned collars"),
                                                             ProcessingSourceType.VectorPoint),
                           "hole_id, x, y, z, azimuth, dip, length_m, target_rank, travel_time_h, the pierce point "
                           "pierce_x, pierce_y, pierce_z, below_tested_m (m vertical below the deepest tested "
                           "level; empty when not known) and aim (zone: at the zone surface; target: under the "
                           "target's outline).")
        self.add_parameter(QgsProcessingParameterFeatureSink(self.TRACES, self.tr("Planned traces"),
                                                             ProcessingSourceType.VectorLine),
                           "3D lines (LineStringZ) from collar through the pierce point to the end of hole.")
        self.add_parameter(QgsProcessingParameterFeatureSink(self.SUMMARY, self.tr("Programme summary"),
                                                             ProcessingSourceType.Vector),
                           "Holes and metres per target and in all, each target's aim and its holes' least "
                           "below_tested_m.")

    def read_targets(self, parameters, context, feedback, crs):
        """(rank, ring) per target feature, in ``crs``; a multi-part target is drilled on its largest part."""
        source = self.source(parameters, self.TARGETS, context, self.tr("The target layer"))
        rank_field = self.parameterAsString(parameters, self.RANK_FIELD, context)
        if rank_field and source.fields().indexOf(rank_field) < 0:
            feedback.pushInfo(self.tr("No field '{}': targets are ranked in feature order.").format(rank_field))
            rank_field = ""
        rings, values = [], []
        fields = [rank_field] if rank_field else []
        for feature, geometry, attributes in self.read_features(source, feedback, fields, crs, context):
            parts = [part for part in geometry.constParts() if hasattr(part, "exteriorRing")]
            if not parts:
                continue
            largest = max(parts, key=lambda part: part.area())
            if len(parts) > 1:
                feedback.pushInfo(self.tr("Target {} has {} parts: its holes go into the largest ({:.1f} ha).").format(
                    feature[rank_field] if rank_field else feature.id(), len(parts), largest.area() / 1e4))
            rings.append(xy_array(largest.exteriorRing().points()))
            values.append(attributes[0] if rank_field else len(values))
        order = sorted(range(len(values)), key=lambda i: (values[i] is None, values[i] or 0, i))
        ranks = np.empty(len(rings), dtype=int)
        ranks[order] = np.arange(1, len(rings) + 1)
        return [(int(rank), ring) for rank, ring in zip(ranks, rings)]

    def process(self, parameters, context, feedback):
        travel_layer = self.parameterAsRasterLayer(parameters, self.TRAVEL_TIME, context)
        dem_layer = self.parameterAsRasterLayer(parameters, self.DEM, context)
        crs = self.working_crs(self.source_crs(
            parameters, (self.TRAVEL_TIME, self.TARGETS, self.DEM, self.BARRIERS, self.ZONE_SURFACE), context))
        targets = self.read_targets(parameters, context, feedback, crs)
        grid = None
        for layer in (travel_layer, dem_layer):
            if layer is not None and grid is None:
                grid = self.read_raster(layer)[1]
        travel, _ = self.raster_on_grid(parameters, self.TRAVEL_TIME, context, crs, grid, self.tr("The travel time"))
        dem, _ = self.raster_on_grid(parameters, self.DEM, context, crs, grid, self.tr("The DEM"))
        tested_depth, pierce_ground = self.read_tested_depth(parameters, context, feedback)
        zone = self.read_zone(parameters, context, feedback, crs, pierce_ground, dem is not None)
        strike = self.read_strike(parameters, context, feedback, crs, required=zone is None)
        barriers = self.source(parameters, self.BARRIERS, context, "", required=False)
        rings = self.read_geometries(barriers, feedback, (), crs, context)[0] if barriers is not None else []
        plan = self.run_science(
            feedback, drillplan.plan_drill_program, targets, strike,
            self.parameterAsDouble(parameters, self.TARGET_DEPTH, context),
            self.parameterAsDouble(parameters, self.DIP, context),
            self.parameterAsDouble(parameters, self.TOTAL_METRES, context),
            self.parameterAsInt(parameters, self.MIN_HOLES, context),
            self.parameterAsInt(parameters, self.MAX_HOLES, context), rings, travel, dem, grid, zone=zone,
            tested_depth_m=tested_depth)
        for line in plan.info:
            feedback.pushInfo(line)
        for note in plan.notes:
            feedback.pushWarning(note)
        for hole in plan.holes:
            feedback.pushInfo(self.hole_line(hole, plan.tested_depth_m))
        outputs = {name: self.write_table(t, parameters, name, context, feedback, crs)
                   for name, t in ((self.COLLARS, self.collar_table(plan)), (self.TRACES, self.trace_table(plan)),
                                   (self.SUMMARY, self.summary_table(plan)))}
        azimuths = sorted({round(hole.azimuth) % 360 for hole in plan.holes})
        feedback.pushInfo(self.tr("{} holes, {:.0f} m, drilled at {} deg: {}.").format(
            len(plan.holes), plan.total_metres, ", ".join(f"{azimuth:03d}" for azimuth in azimuths),
            ", ".join(f"rank {r}: {c} holes ({m:.0f} m)" for r, c, m in plan.per_target())))
        return outputs

    def hole_line(self, hole, tested_depth):
        """The log line of one hole: where it pierces, and how far below the deepest tested level."""
        what = self.tr("the zone") if hole.aim == "zone" else self.tr("target rank {}").format(hole.target_rank)
        if np.isfinite(hole.below_tested_m):
            return self.tr("{} pierces {} at {:.0f} m vertical, {:.0f} m below the deepest tested level ({:.0f} m)."
                           ).format(hole.hole_id, what, hole.depth_m, hole.below_tested_m, tested_depth)
        return self.tr("{} pierces {} at {:.0f} m vertical.").format(hole.hole_id, what, hole.depth_m)

    @staticmethod
    def collar_table(plan):
        collars = FeatureTable("planned_collars", "Point", 0, {
            "hole_id": str, "x": float, "y": float, "z": float, "azimuth": float, "dip": float, "length_m": float,
            "target_rank": int, "travel_time_h": float, "pierce_x": float, "pierce_y": float, "pierce_z": float,
            "below_tested_m": float, "aim": str})
        for hole in plan.holes:
            (x, y, z), (px, py, pz) = hole.collar, hole.pierce
            collars.add({"hole_id": hole.hole_id, "x": round(x, 2), "y": round(y, 2), "z": round(z, 2),
                         "azimuth": round(hole.azimuth, 1), "dip": hole.dip, "length_m": round(hole.length_m, 1),
                         "target_rank": hole.target_rank, "travel_time_h": _number_or_none(hole.travel_time_h),
                         "pierce_x": round(px, 2), "pierce_y": round(py, 2), "pierce_z": round(pz, 2),
                         "below_tested_m": _number_or_none(hole.below_tested_m, 1), "aim": hole.aim},
                        point_wkt(x, y))
        return collars

    @staticmethod
    def trace_table(plan):
        traces = FeatureTable("planned_traces", "LineStringZ", 0, {"hole_id": str, "target_rank": int,
                                                                   "length_m": float})
        for hole in plan.holes:
            traces.add({"hole_id": hole.hole_id, "target_rank": hole.target_rank,
                        "length_m": round(hole.length_m, 1)}, linestring_z_wkt(hole.trace))
        return traces

    @staticmethod
    def summary_table(plan):
        """Holes and metres per target and in all, with each target's aim and least below_tested_m."""
        summary = FeatureTable("programme_summary", None, 0, {"target": str, "target_rank": int, "holes": int,
                                                              "metres": float, "below_tested_m": float, "aim": str})

        def least_below(holes):
            below = [hole.below_tested_m for hole in holes if np.isfinite(hole.below_tested_m)]
            return round(min(below), 1) if below else None

        for rank, count, metres in plan.per_target():
            holes = [hole for hole in plan.holes if hole.target_rank == rank]
            summary.add({"target": f"rank {rank}", "target_rank": rank, "holes": count, "metres": round(metres, 1),
                         "below_tested_m": least_below(holes), "aim": holes[0].aim})
        aims = sorted({hole.aim for hole in plan.holes}, reverse=True)
        summary.add({"target": "all", "target_rank": None, "holes": len(plan.holes),
                     "metres": round(plan.total_metres, 1), "below_tested_m": least_below(plan.holes),
                     "aim": ", ".join(aims)})
        return summary

    def read_tested_depth(self, parameters, context, feedback):
        """The deepest tested level (m, or None) and the mean collar elevation of the zone's pierce points (m, or
        None): TESTED_DEPTH, else the deepest vertical_depth_m of ZONE_PIERCE_POINTS."""
        source = self.source(parameters, self.ZONE_PIERCE_POINTS, context, "", required=False)
        depths, collars = [], []
        if source is not None:
            names = source.fields().names()
            if "vertical_depth_m" not in names:
                raise QgsProcessingException(self.tr(
                    "The zone pierce points have no field vertical_depth_m (their fields: {}): give the "
                    "PIERCE_POINTS layer of Zone geometry.").format(", ".join(names) or self.tr("none")))
            fields = ["vertical_depth_m"] + (["z"] if "z" in names else [])
            for _, geometry, values in self.read_features(source, feedback, fields):
                depth = number_value(values[0])
                z = number_value(values[1]) if len(values) > 1 else next(iter(geometry.vertices())).z()
                depths.append(depth)
                collars.append(z + depth)
            depths = [depth for depth in depths if np.isfinite(depth)]
            collars = [z for z in collars if np.isfinite(z)]
            if not depths:
                raise QgsProcessingException(self.tr("The zone pierce points have no vertical_depth_m value: give "
                                                     "the PIERCE_POINTS layer of Zone geometry."))
        ground = float(np.mean(collars)) if collars else None
        value = parameters.get(self.TESTED_DEPTH)
        if value is not None and value != "":
            tested = self.parameterAsDouble(parameters, self.TESTED_DEPTH, context)
            feedback.pushInfo(self.tr("Deepest tested level: {:g} m below the ground (TESTED_DEPTH).").format(tested))
            return tested, ground
        if depths:
            tested = max(depths)
            feedback.pushInfo(self.tr("Deepest tested level: {:g} m below the ground, the deepest of the {} zone "
                                      "pierce points.").format(tested, len(depths)))
            return tested, ground
        return None, ground

    def read_zone(self, parameters, context, feedback, crs, pierce_ground, has_dem):
        """The ZONE_SURFACE as a :class:`drillplan.ZoneSurface` (None if not given), its ground set as the help
        says."""
        layer = self.parameterAsRasterLayer(parameters, self.ZONE_SURFACE, context)
        if layer is None:
            return None
        values, grid, layer_crs = self.read_raster(layer)
        if layer_crs != crs:
            raise QgsProcessingException(self.tr(
                "The zone surface is in {}, the other inputs in {}: warp it to {} first (Raster > Projections > "
                "Warp, bilinear), or run Zone geometry with the targets' CRS.").format(
                    layer_crs.authid() or layer_crs.description() or self.tr("no CRS"), crs.authid(),
                    crs.authid()))
        zone = self.run_science(feedback, drillplan.ZoneSurface, values, grid, pierce_ground)
        if has_dem:
            where = self.tr("the DEM")
        elif pierce_ground is not None:
            where = self.tr("{:.1f} m, the mean collar elevation of the zone pierce points").format(zone.ground_m)
        else:
            where = self.tr("{:.1f} m, the surface's top (within {:.0f} m of Zone geometry's ground: give "
                            "ZONE_PIERCE_POINTS or a DEM for the exact ground)").format(zone.ground_m, zone.top_drop_m)
        feedback.pushInfo(self.tr("Zone surface: strike {:.1f}, dip {:.1f} towards {:.1f} degrees (the plane "
                                  "through its cells); depths are below the ground: {}.").format(
                                      zone.strike, zone.dip, zone.dip_direction, where))
        return zone

    def read_strike(self, parameters, context, feedback, crs, required=True):
        """STRIKE_LAYER's mean strike, else STRIKE; None when neither is given and not ``required``."""
        lines_source = self.source(parameters, self.STRIKE_LAYER, context, "", required=False)
        if lines_source is not None:
            lines, _ = self.read_geometries(lines_source, feedback, (), crs, context)
            strike = self.run_science(feedback, drillplan.strike_from_lines, lines)
            feedback.pushInfo(self.tr("Strike from the lines: {:.1f} deg.").format(strike))
            return strike
        value = parameters.get(self.STRIKE)
        if (value is None or value == "") and not required:
            return None
        if value is None or value == "":
            raise QgsProcessingException(self.tr("Give the strike of the targets: a STRIKE azimuth in degrees, a "
                                                 "STRIKE_LAYER of lineaments or corridor lines, or a ZONE_SURFACE."))
        return self.parameterAsDouble(parameters, self.STRIKE, context)
